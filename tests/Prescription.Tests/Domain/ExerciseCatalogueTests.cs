using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class ExerciseCatalogueTests
{
    /// <summary>CLINICAL.md's exercise library table, row by row.</summary>
    public static TheoryData<ExerciseCategory, string[]> ClinicalTable => new()
    {
        { ExerciseCategory.LumbarStrengthening, ["Isolated lumbar extension (machine, pelvis restrained)", "Cable/pulley trunk extension", "Cable/pulley trunk rotation"] },
        { ExerciseCategory.StabiliserActivation, ["Transversus abdominis drawing-in with multifidus co-contraction", "Bird-dog", "Side plank"] },
        { ExerciseCategory.GluteActivation, ["Shoulder bridge"] },
        { ExerciseCategory.Stretch, ["Psoas / hip-flexor stretch", "Knee-to-chest stretch", "Cat-cow", "Child's pose", "Hamstring stretch"] },
        { ExerciseCategory.Aerobic, ["Walking", "Cycling (stationary)", "Swimming or water therapy", "Elliptical trainer"] },
        { ExerciseCategory.Posture, ["Movement break during desk work"] },
    };

    [Theory]
    [MemberData(nameof(ClinicalTable))]
    public void Every_exercise_of_the_clinical_table_is_in_the_catalogue(ExerciseCategory category, string[] names)
    {
        var inCategory = ExerciseCatalogue.All.Where(e => e.Category == category).Select(e => e.Name);

        Assert.Equal(names.Order(StringComparer.Ordinal), inCategory.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_catalogue_holds_the_seventeen_exercises_of_the_table()
    {
        Assert.Equal(17, ExerciseCatalogue.All.Count);
        Assert.All(ExerciseCatalogue.All, e => Assert.True(e.IsBuiltIn));
        Assert.All(ExerciseCatalogue.All, e => Assert.Null(e.CreatedBy));
    }

    [Fact]
    public void Ids_are_deterministic_and_unique()
    {
        Assert.Equal(ExerciseCatalogue.All.Count, ExerciseCatalogue.All.Select(e => e.Id).Distinct().Count());
        Assert.Equal(ExerciseCatalogue.IdFor("bird-dog"), TestData.BirdDog.Id);

        // Pinned: a changed id would make the next seeding add a duplicate exercise.
        Assert.Equal(Guid.Parse("04c26604-3f2a-500a-b052-138491a7f0e4"), TestData.BirdDog.Id);
    }

    [Fact]
    public void Every_exercise_has_purpose_step_by_step_instructions_and_contraindications()
    {
        Assert.All(ExerciseCatalogue.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Purpose));
            Assert.StartsWith("1. ", e.Instructions, StringComparison.Ordinal);
            Assert.Contains("must be back to your usual level by the next morning", e.Instructions);
            Assert.Contains(e.Contraindications, c => c.StartsWith("Red-flag symptoms", StringComparison.Ordinal));
            Assert.True(e.Contraindications.Count >= 2, $"{e.Name} needs its own contraindications");
        });
    }

    [Fact]
    public void Only_loaded_exercises_have_an_equipment_load_step()
    {
        Assert.All(ExerciseCatalogue.All, e =>
            Assert.Equal(e.Category == ExerciseCategory.LumbarStrengthening, e.EquipmentLoadStepKg is > 0m));
    }

    [Fact]
    public void Dosage_fields_follow_the_category()
    {
        Assert.Equal(
            DosageFields.Sets | DosageFields.Reps | DosageFields.Load | DosageFields.RangeOfMotion | DosageFields.Frequency,
            TestData.LumbarExtension.DosageFields);
        Assert.Equal(DosageFields.HoldsPerSide | DosageFields.Hold | DosageFields.Frequency, TestData.PsoasStretch.DosageFields);
        Assert.Equal(DosageFields.Minutes | DosageFields.Frequency | DosageFields.Intensity, TestData.Walking.DosageFields);
    }

    [Theory]
    [InlineData("Isolated lumbar extension (machine, pelvis restrained)")]
    [InlineData("Cable/pulley trunk extension")]
    [InlineData("Knee-to-chest stretch")]
    [InlineData("Child's pose")]
    public void Loaded_or_forward_bending_exercises_warn_about_early_disc_herniation(string name)
    {
        var exercise = ExerciseCatalogue.All.Single(e => e.Name == name);

        Assert.Contains(exercise.Contraindications, c => c.Contains("disc herniation", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_returns_built_in_exercises_by_id()
    {
        Assert.Same(TestData.Walking, ExerciseCatalogue.Find(TestData.Walking.Id));
        Assert.Null(ExerciseCatalogue.Find(Guid.NewGuid()));
        Assert.Equal("exercise_id", Assert.Throws<DomainValidationException>(() => ExerciseCatalogue.Get(Guid.NewGuid())).Field);
    }
}
