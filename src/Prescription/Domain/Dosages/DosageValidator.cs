using System.Globalization;

namespace Telehealth.Prescription.Domain;

/// <summary>
/// Checks a dosage against its exercise category: the fields the category needs are present,
/// fields it does not use are absent, and every value is in range. All faults are reported,
/// each under its own field path.
/// </summary>
public static class DosageValidator
{
    public static IReadOnlyList<FieldViolation> Validate(ExerciseCategory category, Dosage? dosage, string path = "dosage")
    {
        var violations = new ViolationList();
        Validate(category, dosage, path, violations);
        return violations.Items;
    }

    internal static void Validate(ExerciseCategory category, Dosage? dosage, string path, ViolationList violations)
    {
        if (dosage is null)
        {
            violations.Add(path, "a dosage is required");
            return;
        }

        var check = new Check(category, path, violations);

        foreach (var property in DosageProperties.All)
        {
            if (property.IsSet(dosage) && !check.Allows(property.Group))
            {
                violations.Add($"{path}.{property.Name}", $"is not used for {check.CategoryName} exercises");
            }
        }

        check.Range(dosage.Sets, DosageFields.Sets, "sets", 1, DosageLimits.MaxSets);
        CheckReps(dosage, check);
        check.Range(
            dosage.HoldSeconds, DosageFields.Hold, "hold_seconds", 1, DosageLimits.MaxHoldFor(category),
            hint: category == ExerciseCategory.Stretch ? "a stretch is held up to 60 s, or until it eases" : null);
        CheckLoad(dosage, check);
        check.Range(dosage.RangeOfMotionDegrees, DosageFields.RangeOfMotion, "range_of_motion_degrees", 1, DosageLimits.MaxRangeOfMotionDegrees);
        check.Range(dosage.Minutes, DosageFields.Minutes, "minutes", 1, DosageLimits.MaxMinutes);
        CheckFrequency(dosage, check);
        check.Range(dosage.RpeTarget, DosageFields.Intensity, "rpe_target", DosageLimits.MinRpe, DosageLimits.MaxRpe);
        check.Range(dosage.HoldsPerSide, DosageFields.HoldsPerSide, "holds_per_side", 1, DosageLimits.MaxHoldsPerSide);
        check.Range(dosage.IntervalMinutes, DosageFields.Interval, "interval_minutes", DosageLimits.MinIntervalMinutes, DosageLimits.MaxIntervalMinutes);
    }

    private static void CheckReps(Dosage dosage, Check check)
    {
        check.Range(dosage.RepsMin, DosageFields.Reps, "reps_min", 1, DosageLimits.MaxReps);
        check.Range(dosage.RepsMax, DosageFields.Reps, "reps_max", 1, DosageLimits.MaxReps);

        if (check.Allows(DosageFields.Reps) && dosage is { RepsMin: { } min, RepsMax: { } max } && min > max)
        {
            check.Fail("reps_max", $"must be at least reps_min ({min}), got {max}");
        }
    }

    private static void CheckLoad(Dosage dosage, Check check)
    {
        if (!check.Allows(DosageFields.Load))
        {
            return;
        }

        if (dosage.LoadKg is not { } load)
        {
            if (check.Requires(DosageFields.Load))
            {
                check.Fail("load_kg", $"is required for {check.CategoryName} exercises");
            }

            return;
        }

        if (load < 0 || load > DosageLimits.MaxLoadKg)
        {
            check.Fail("load_kg", $"must be between 0 and {DosageLimits.MaxLoadKg.ToString(CultureInfo.InvariantCulture)} kg");
        }
    }

    private static void CheckFrequency(Dosage dosage, Check check)
    {
        if (!check.Allows(DosageFields.Frequency))
        {
            return;
        }

        var hasDays = dosage.Days != WeekDays.None;
        if (dosage.SessionsPerWeek is null && !hasDays && check.Requires(DosageFields.Frequency))
        {
            check.Fail("sessions_per_week", "sessions per week or specific days are required");
        }

        if (dosage.SessionsPerWeek is not null && hasDays)
        {
            check.Fail("days", "give sessions_per_week or days, not both");
        }

        if (!dosage.Days.IsValid())
        {
            check.Fail("days", "contains an unknown day");
        }

        check.Range(dosage.SessionsPerWeek, DosageFields.Frequency, "sessions_per_week", 1, DosageLimits.MaxSessionsPerWeek, optional: true);
    }

    /// <summary>The category's rules and where to report, carried through the individual checks.</summary>
    private sealed class Check(ExerciseCategory category, string path, ViolationList violations)
    {
        private readonly DosageFields _allowed = CategoryDosageFields.Allowed(category);
        private readonly DosageFields _required = CategoryDosageFields.Required(category);

        public string CategoryName { get; } = ExerciseCategoryNames.Of(category);

        public bool Allows(DosageFields group) => (_allowed & group) == group;

        public bool Requires(DosageFields group) => (_required & group) == group;

        public void Fail(string field, string description) => violations.Add($"{path}.{field}", description);

        /// <summary>Checks an int field of an allowed group; a field of a group the category does not use was reported already.</summary>
        public void Range(int? value, DosageFields group, string field, int min, int max, bool optional = false, string? hint = null)
        {
            if (!Allows(group))
            {
                return;
            }

            if (value is null)
            {
                if (!optional && Requires(group))
                {
                    Fail(field, $"is required for {CategoryName} exercises");
                }

                return;
            }

            if (value < min || value > max)
            {
                Fail(field, $"must be between {min} and {max}, got {value}" + (hint is null ? string.Empty : $" ({hint})"));
            }
        }
    }
}
