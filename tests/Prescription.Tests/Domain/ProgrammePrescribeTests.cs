using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class ProgrammePrescribeTests
{
    [Fact]
    public void Prescribing_creates_version_1_with_who_when_and_why()
    {
        var programme = TestData.Prescribe();

        Assert.Equal(1, programme.CurrentVersion);
        Assert.Equal(ProgrammeStatus.Active, programme.Status);
        Assert.Equal(TestData.PatientId, programme.PatientId);
        Assert.Equal(TestData.TherapistId, programme.TherapistId);

        var version = Assert.Single(programme.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(ProgrammeChangeKind.Prescribed, version.Change);
        Assert.Equal(TestData.Therapist, version.CreatedBy);
        Assert.Equal(TestData.Start, version.CreatedAt);
        Assert.Equal("Initial assessment: chronic low back pain, deep stabilisers inhibited", version.Reason);
        Assert.Equal(14, version.ReviewIntervalDays);
    }

    [Fact]
    public void Items_keep_their_order_dosage_phase_mode_and_the_exercise_snapshot()
    {
        var items = TestData.Prescribe().Current.Items;

        Assert.Equal([0, 1, 2, 3], items.Select(i => i.Order));
        var extension = items[0];
        Assert.Equal(TestData.LumbarExtension.Id, extension.ExerciseId);
        Assert.Equal(TestData.LumbarExtension.Name, extension.ExerciseName);
        Assert.Equal(ExerciseCategory.LumbarStrengthening, extension.Category);
        Assert.Equal(TestData.LumbarExtensionDosage, extension.Dosage);
        Assert.Equal(RehabPhase.Strength, extension.Phase);
        Assert.Equal(MovementMode.Dynamic, extension.Mode);
        Assert.Equal(1m, extension.LoadStepKg);
        Assert.Equal(25m, extension.Progression.MaxLoadKg);
        Assert.Null(extension.LoadLoweredByTherapist);
        Assert.All(items, i => Assert.NotEqual(Guid.Empty, i.ItemId));
    }

    [Fact]
    public void The_patient_app_gets_the_active_version()
    {
        var programme = TestData.Prescribe();

        Assert.Same(programme.Current, programme.ActiveVersion);
    }

    [Fact]
    public void Invalid_items_are_reported_with_their_field_paths()
    {
        var items = TestData.Items().ToList();
        items[2] = items[2] with { Dosage = items[2].Dosage with { HoldSeconds = 90 } };
        items[0] = items[0] with { Dosage = items[0].Dosage with { RepsMin = 15, RepsMax = 10 } };

        var error = Assert.Throws<DomainValidationException>(() => Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, items, 14, TestData.Therapist, TestData.Start, "Assessment"));

        Assert.Equal(["items[0].dosage.reps_max", "items[2].dosage.hold_seconds"], error.Violations.Select(v => v.Field).Order());
        Assert.Contains("items[2].dosage.hold_seconds", error.Message);
    }

    [Fact]
    public void Every_missing_field_is_listed_at_once()
    {
        var error = Assert.Throws<DomainValidationException>(() => Programme.Prescribe(
            Guid.Empty, Guid.Empty, [], 0, TestData.Therapist, TestData.Start, "  "));

        Assert.Equal(
            ["items", "patient_id", "reason", "review_interval_days", "therapist_id"],
            error.Violations.Select(v => v.Field).Order());
    }

    [Fact]
    public void A_reason_is_required()
    {
        var error = Assert.Throws<DomainValidationException>(() => Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, TestData.Items(), 14, TestData.Therapist, TestData.Start, ""));

        Assert.Equal("reason", error.Field);
    }

    [Fact]
    public void The_same_exercise_cannot_appear_twice()
    {
        var items = TestData.Items().Append(TestData.Items()[1]).ToList();

        var error = Assert.Throws<DomainValidationException>(() => Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, items, 14, TestData.Therapist, TestData.Start, "Assessment"));

        Assert.Equal("items[4].exercise_id", error.Field);
        Assert.Contains("items[1]", error.Violations[0].Description);
    }

    [Fact]
    public void Only_a_therapist_prescribes()
    {
        var error = Assert.Throws<DomainValidationException>(() => Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, TestData.Items(), 14, Actor.System, TestData.Start, "Assessment"));

        Assert.Equal("actor.role", error.Field);
    }

    [Fact]
    public void Caps_must_be_positive_on_fields_the_category_uses_and_automatic_progression_needs_one()
    {
        var items = TestData.Items().ToList();
        items[0] = items[0] with { Progression = ProgressionSettings.AutomaticWithin(maxLoadKg: 0m, maxMinutes: 30) };
        items[1] = items[1] with { Progression = new ProgressionSettings { AutoProgressionAllowed = true } };

        var error = Assert.Throws<DomainValidationException>(() => Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, items, 14, TestData.Therapist, TestData.Start, "Assessment"));

        Assert.Equal(
            ["items[0].progression.max_load_kg", "items[0].progression.max_minutes", "items[1].progression.auto_progression_allowed"],
            error.Violations.Select(v => v.Field).Order());
    }

    [Fact]
    public void A_chosen_programme_id_is_kept()
    {
        var id = Guid.NewGuid();

        var programme = Programme.Prescribe(
            TestData.PatientId, TestData.TherapistId, TestData.Items(), 14, TestData.Therapist, TestData.Start, "Assessment", id);

        Assert.Equal(id, programme.Id);
    }
}
