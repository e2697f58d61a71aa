using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class DosageValidatorTests
{
    public static TheoryData<ExerciseCategory, Dosage> ValidDosages => new()
    {
        { ExerciseCategory.LumbarStrengthening, new Dosage { Sets = 1, RepsMin = 8, RepsMax = 15, LoadKg = 20m, RangeOfMotionDegrees = 60, SessionsPerWeek = 1 } },
        { ExerciseCategory.StabiliserActivation, new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = 10, Days = WeekDays.Monday | WeekDays.Thursday } },
        { ExerciseCategory.GluteActivation, new Dosage { Sets = 2, RepsMin = 10, RepsMax = 10, SessionsPerWeek = 5 } },
        { ExerciseCategory.Stretch, new Dosage { HoldsPerSide = 2, HoldSeconds = 60, SessionsPerWeek = 7 } },
        { ExerciseCategory.Aerobic, new Dosage { Minutes = 30, SessionsPerWeek = 5, RpeTarget = 4 } },
        { ExerciseCategory.Posture, new Dosage { IntervalMinutes = 30, Days = WeekDays.Weekdays } },
    };

    [Theory]
    [MemberData(nameof(ValidDosages))]
    public void A_dosage_with_the_category_fields_is_valid(ExerciseCategory category, Dosage dosage)
    {
        Assert.Empty(DosageValidator.Validate(category, dosage));
    }

    [Fact]
    public void A_stretch_is_held_at_most_60_seconds()
    {
        var violations = DosageValidator.Validate(ExerciseCategory.Stretch, new Dosage { HoldsPerSide = 2, HoldSeconds = 75, SessionsPerWeek = 7 });

        var violation = Assert.Single(violations);
        Assert.Equal("dosage.hold_seconds", violation.Field);
        Assert.Contains("60", violation.Description);
    }

    [Fact]
    public void A_stretch_needs_holds_per_side_and_a_hold()
    {
        var fields = Fields(DosageValidator.Validate(ExerciseCategory.Stretch, new Dosage { SessionsPerWeek = 7 }));

        Assert.Equal(["dosage.hold_seconds", "dosage.holds_per_side"], fields);
    }

    [Fact]
    public void Strengthening_needs_sets_rep_range_load_and_frequency()
    {
        var fields = Fields(DosageValidator.Validate(ExerciseCategory.LumbarStrengthening, new Dosage()));

        Assert.Equal(["dosage.load_kg", "dosage.reps_max", "dosage.reps_min", "dosage.sessions_per_week", "dosage.sets"], fields);
    }

    [Fact]
    public void The_rep_range_minimum_may_not_exceed_the_maximum()
    {
        var violations = DosageValidator.Validate(
            ExerciseCategory.LumbarStrengthening,
            new Dosage { Sets = 2, RepsMin = 15, RepsMax = 8, LoadKg = 10m, SessionsPerWeek = 2 },
            "items[2].dosage");

        var violation = Assert.Single(violations);
        Assert.Equal("items[2].dosage.reps_max", violation.Field);
        Assert.Contains("reps_min (15)", violation.Description);
    }

    [Fact]
    public void Aerobic_work_needs_minutes()
    {
        var violation = Assert.Single(DosageValidator.Validate(ExerciseCategory.Aerobic, new Dosage { SessionsPerWeek = 5 }));

        Assert.Equal("dosage.minutes", violation.Field);
    }

    [Fact]
    public void Fields_the_category_does_not_use_are_refused()
    {
        var violations = DosageValidator.Validate(
            ExerciseCategory.Stretch,
            new Dosage { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7, LoadKg = 5m, Sets = 3 });

        Assert.Equal(["dosage.load_kg", "dosage.sets"], Fields(violations));
        Assert.All(violations, v => Assert.Contains("not used for stretch exercises", v.Description));
    }

    [Fact]
    public void Frequency_is_sessions_per_week_or_days_not_both()
    {
        var violation = Assert.Single(DosageValidator.Validate(
            ExerciseCategory.Aerobic,
            new Dosage { Minutes = 20, SessionsPerWeek = 3, Days = WeekDays.Monday }));

        Assert.Equal("dosage.days", violation.Field);
    }

    [Fact]
    public void Posture_breaks_come_every_30_to_60_minutes()
    {
        var violation = Assert.Single(DosageValidator.Validate(ExerciseCategory.Posture, new Dosage { IntervalMinutes = 90 }));

        Assert.Equal("dosage.interval_minutes", violation.Field);
    }

    [Fact]
    public void Every_fault_is_reported_not_just_the_first()
    {
        var violations = DosageValidator.Validate(
            ExerciseCategory.StabiliserActivation,
            new Dosage { Sets = 0, RepsMin = 12, RepsMax = 10, HoldSeconds = 500, SessionsPerWeek = 30 });

        Assert.Equal(["dosage.hold_seconds", "dosage.reps_max", "dosage.sessions_per_week", "dosage.sets"], Fields(violations));
    }

    [Fact]
    public void A_missing_dosage_is_reported_at_its_path()
    {
        var violation = Assert.Single(DosageValidator.Validate(ExerciseCategory.Aerobic, null, "items[0].dosage"));

        Assert.Equal("items[0].dosage", violation.Field);
    }

    [Fact]
    public void Zero_is_a_real_load()
    {
        Assert.Empty(DosageValidator.Validate(
            ExerciseCategory.LumbarStrengthening,
            new Dosage { Sets = 1, RepsMin = 8, RepsMax = 12, LoadKg = 0m, SessionsPerWeek = 2 }));
    }

    private static string[] Fields(IEnumerable<FieldViolation> violations) =>
        violations.Select(v => v.Field).Order(StringComparer.Ordinal).ToArray();
}
