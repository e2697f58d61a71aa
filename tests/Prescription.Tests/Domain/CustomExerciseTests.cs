using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class CustomExerciseTests
{
    [Fact]
    public void A_therapist_adds_their_own_exercise()
    {
        var id = Guid.NewGuid();

        var exercise = Exercise.AddCustom(
            id,
            "  Seated cable row  ",
            ExerciseCategory.LumbarStrengthening,
            "Trains latissimus dorsi, which tightens the thoracolumbar fascia.",
            "1. Sit tall.\n2. Row to the lower ribs.",
            ["Shoulder impingement."],
            "Cable machine",
            1.25m,
            TestData.TherapistId,
            TestData.Start);

        Assert.Equal(id, exercise.Id);
        Assert.Equal("Seated cable row", exercise.Name);
        Assert.False(exercise.IsBuiltIn);
        Assert.Equal(TestData.TherapistId, exercise.CreatedBy);
        Assert.Equal(TestData.Start, exercise.CreatedAt);
        Assert.Equal(1.25m, exercise.EquipmentLoadStepKg);
        Assert.Equal(CategoryDosageFields.Allowed(ExerciseCategory.LumbarStrengthening), exercise.DosageFields);
    }

    [Fact]
    public void Every_invalid_field_is_reported()
    {
        var error = Assert.Throws<DomainValidationException>(() => Exercise.AddCustom(
            Guid.NewGuid(), "", ExerciseCategory.Stretch, " ", "", ["ok", " "], null, 0.5m, Guid.Empty, TestData.Start));

        Assert.Equal(
            ["contraindications[1]", "created_by", "instructions", "load_step_kg", "name", "purpose"],
            error.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_custom_exercise_can_be_prescribed()
    {
        var band = Exercise.AddCustom(
            Guid.NewGuid(), "Pallof press", ExerciseCategory.StabiliserActivation, "Anti-rotation.", "1. Press and hold.", [], "Band", null,
            TestData.TherapistId, TestData.Start);

        var programme = Programme.Prescribe(
            TestData.PatientId,
            TestData.TherapistId,
            [ProgrammeItemSpec.For(band, new Dosage { Sets = 2, RepsMin = 8, RepsMax = 10, HoldSeconds = 5, SessionsPerWeek = 3 }, RehabPhase.Endurance, MovementMode.Static)],
            14,
            TestData.Therapist,
            TestData.Start,
            "Trial of anti-rotation work");

        Assert.Equal("Pallof press", Assert.Single(programme.Current.Items).ExerciseName);
    }
}
