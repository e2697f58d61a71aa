using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class ProgrammeTemplateTests
{
    public static TheoryData<string> TemplateNames => new(ProgrammeTemplates.All.Select(t => t.Name));

    [Fact]
    public void Phase_1_is_coordination_and_static_for_the_stabilisers()
    {
        var template = ProgrammeTemplates.ChronicLowBackPainPhase1;

        Assert.Equal("Chronic low back pain — phase 1 (coordination, static)", template.Name);
        var activation = template.Instantiate()
            .Where(s => s.Category is ExerciseCategory.StabiliserActivation or ExerciseCategory.GluteActivation)
            .ToList();
        Assert.NotEmpty(activation);
        Assert.All(activation, s => Assert.Equal((RehabPhase.Coordination, MovementMode.Static), (s.Phase, s.Mode)));
    }

    [Fact]
    public void Phase_2_is_endurance_and_mostly_dynamic()
    {
        var specs = ProgrammeTemplates.ChronicLowBackPainPhase2.Instantiate();

        Assert.All(specs, s => Assert.Equal(RehabPhase.Endurance, s.Phase));
        Assert.True(specs.Count(s => s.Mode == MovementMode.Dynamic) > specs.Count / 2);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Every_template_can_be_prescribed_as_it_is(string name)
    {
        var template = ProgrammeTemplates.All.Single(t => t.Name == name);

        var programme = Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, template.Instantiate(), template.ReviewIntervalDays,
            TestData.Therapist, TestData.Start, $"Started from template: {template.Name}");

        Assert.Equal(template.Items.Count, programme.Current.Items.Count);
    }

    [Fact]
    public void Instantiating_copies_the_exercise_and_starting_dosage()
    {
        var template = ProgrammeTemplates.ChronicLowBackPainPhase2;

        var specs = template.Instantiate();

        Assert.Equal(template.Items.Select(i => i.ExerciseId), specs.Select(s => s.ExerciseId));
        Assert.Equal(template.Items.Select(i => i.Dosage), specs.Select(s => s.Dosage));
        var cable = specs.Single(s => s.ExerciseName == "Cable/pulley trunk extension");
        Assert.Equal(0.5m, cable.LoadStepKg);
        Assert.Equal(10m, cable.Progression.MaxLoadKg);
        Assert.All(specs, s => Assert.Null(s.ItemId));
    }

    [Fact]
    public void A_template_exercise_missing_from_the_library_is_reported()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            ProgrammeTemplates.ChronicLowBackPainPhase1.Instantiate(id => id == TestData.BirdDog.Id ? null : ExerciseCatalogue.Find(id)));

        Assert.Equal("items[1].exercise_id", error.Field);
    }

    [Fact]
    public void Template_ids_are_deterministic_and_findable()
    {
        Assert.Equal(3, ProgrammeTemplates.All.Select(t => t.Id).Distinct().Count());
        Assert.Same(ProgrammeTemplates.ChronicLowBackPainPhase2, ProgrammeTemplates.Find(ProgrammeTemplates.ChronicLowBackPainPhase2.Id));
        Assert.Equal(
            DeterministicGuid.Create(Guid.Parse(ProgrammeTemplate.IdNamespace), "template/chronic-lbp-phase-1"),
            ProgrammeTemplates.ChronicLowBackPainPhase1.Id);
    }
}
