using System.Reflection;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

/// <summary>
/// The domain is stored as entities with owned values; these tests hold it to the shape that
/// needs: no value instance shared between owners, private parameterless constructors, and no
/// public setters.
/// </summary>
public class PersistenceShapeTests
{
    [Fact]
    public void Versions_share_no_value_instances()
    {
        var programme = TestData.Prescribe();
        programme.Pause(1, TestData.Therapist, TestData.Start.AddDays(1), "Holiday");

        var first = programme.GetVersion(1);
        var second = programme.GetVersion(2);

        Assert.NotSame(first.CreatedBy, second.CreatedBy);
        Assert.All(first.Items.Zip(second.Items), pair =>
        {
            Assert.NotSame(pair.First, pair.Second);
            Assert.NotSame(pair.First.Dosage, pair.Second.Dosage);
            Assert.NotSame(pair.First.Progression, pair.Second.Progression);
            Assert.Equal(pair.First.Dosage, pair.Second.Dosage);
        });
    }

    [Fact]
    public void Items_share_no_value_instances_with_their_template()
    {
        var template = ProgrammeTemplates.ChronicLowBackPainPhase1;

        var programme = Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, template.Instantiate(), 14, TestData.Therapist, TestData.Start, "From template");

        Assert.All(programme.Current.Items.Zip(template.Items), pair => Assert.NotSame(pair.Second.Dosage, pair.First.Dosage));
        Assert.DoesNotContain(programme.Current.Items, i => ReferenceEquals(i.Progression, ProgressionSettings.Manual));
    }

    [Theory]
    [InlineData(typeof(Programme))]
    [InlineData(typeof(ProgrammeVersion))]
    [InlineData(typeof(ProgrammeItem))]
    [InlineData(typeof(ProgressionSuggestion))]
    [InlineData(typeof(Exercise))]
    [InlineData(typeof(ProgrammeTemplate))]
    public void Entities_have_a_private_parameterless_constructor_and_no_public_setters(Type entity)
    {
        Assert.NotNull(entity.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes));
        Assert.DoesNotContain(entity.GetProperties(), p => p.SetMethod?.IsPublic == true);
    }
}
