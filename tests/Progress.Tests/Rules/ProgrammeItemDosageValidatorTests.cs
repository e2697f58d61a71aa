using Telehealth.Progress.Rules;
using static Telehealth.Progress.Tests.Rules.TestDosages;

namespace Telehealth.Progress.Tests.Rules;

public class ProgrammeItemDosageValidatorTests
{
    public static TheoryData<ProgrammeItemDosage, string> InvalidDosages => new()
    {
        { CableExtension() with { LoadStepKg = null }, "Dosages[0].LoadStepKg" },
        { CableExtension() with { LoadStepKg = 0m }, "Dosages[0].LoadStepKg" },
        { CableExtension() with { LoadKg = -2.5m }, "Dosages[0].LoadKg" },
        { CableExtension() with { PreviousLoadKg = -1m }, "Dosages[0].PreviousLoadKg" },
        { CableExtension() with { Sets = 0 }, "Dosages[0].Sets" },
        { BirdDog(0, 12), "Dosages[0].Reps.Min" },
        { BirdDog(12, 8), "Dosages[0].Reps.Max" },
        { SidePlank(0), "Dosages[0].HoldSeconds" },
        { Walking(0), "Dosages[0].Minutes" },
        { Walking() with { ExerciseName = " " }, "Dosages[0].ExerciseName" },
        { Walking() with { Category = (ExerciseCategory)99 }, "Dosages[0].Category" },
        { Walking() with { SessionsPerWeek = -1 }, "Dosages[0].SessionsPerWeek" },
        { CableExtension() with { Cap = new AutoProgressionCap(MaxLoadKg: -1m) }, "Dosages[0].Cap" },
        { CableExtension() with { Progression = ProgressionSettings.Default with { HoldIncreaseSeconds = 0 } }, "Dosages[0].Progression.HoldIncreaseSeconds" },
        { CableExtension() with { Regression = RegressionSettings.Default with { LoadDecreasePercent = 0m } }, "Dosages[0].Regression.LoadDecreasePercent" },
    };

    [Theory]
    [MemberData(nameof(InvalidDosages))]
    public void Names_the_field_at_fault(ProgrammeItemDosage dosage, string field) =>
        Assert.Equal(field, Assert.Single(ProgrammeItemDosageValidator.Validate([dosage])).Field);

    [Fact]
    public void The_library_examples_are_valid() =>
        Assert.Empty(ProgrammeItemDosageValidator.Validate(
            [CableExtension(), LumbarExtensionMachine(), BirdDog(), SidePlank(), PsoasStretch(), ShoulderBridge(), Walking(), MovementBreak()]));

    [Fact]
    public void A_programme_item_listed_twice_is_refused() =>
        Assert.Equal("Dosages[1].ProgrammeItemId", Assert.Single(ProgrammeItemDosageValidator.Validate([Walking(), Walking()])).Field);
}
