namespace Telehealth.Progress.Rules;

/// <summary>Checks a prescription is one the rules can reason about; each violation names its field.</summary>
public static class ProgrammeItemDosageValidator
{
    public static IReadOnlyList<FieldViolation> Validate(IReadOnlyList<ProgrammeItemDosage> dosages, string path = "Dosages")
    {
        var violations = new List<FieldViolation>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < dosages.Count; i++)
        {
            var d = dosages[i];
            var at = $"{path}[{i}]";
            void Add(string field, string description) => violations.Add(new($"{at}.{field}", description));

            if (!seen.Add(d.ProgrammeItemId))
            {
                Add(nameof(d.ProgrammeItemId), "the same programme item is listed twice");
            }

            if (string.IsNullOrWhiteSpace(d.ExerciseName))
            {
                Add(nameof(d.ExerciseName), "is required, explanations name the exercise");
            }

            if (!Enum.IsDefined(d.Category))
            {
                Add(nameof(d.Category), $"{(int)d.Category} is not an exercise category");
            }

            if (d.Sets < 1)
            {
                Add(nameof(d.Sets), "at least 1 set");
            }

            if (d.Reps is { } reps)
            {
                if (reps.Min < 1)
                {
                    Add($"{nameof(d.Reps)}.{nameof(reps.Min)}", "at least 1 rep");
                }

                if (reps.Max < reps.Min)
                {
                    Add($"{nameof(d.Reps)}.{nameof(reps.Max)}", "the top of the range is below its bottom");
                }
            }

            if (d.HoldSeconds is < 1)
            {
                Add(nameof(d.HoldSeconds), "a hold lasts at least 1 s");
            }

            if (d.Minutes is < 1)
            {
                Add(nameof(d.Minutes), "at least 1 minute");
            }

            if (d.LoadKg is < 0)
            {
                Add(nameof(d.LoadKg), "a load cannot be negative");
            }

            if (d.LoadKg is not null && d.LoadStepKg is not > 0)
            {
                Add(nameof(d.LoadStepKg), "a loaded exercise needs the equipment's smallest load step, above 0");
            }

            if (d.PreviousLoadKg is < 0)
            {
                Add(nameof(d.PreviousLoadKg), "a load cannot be negative");
            }

            if (d.SessionsPerWeek < 0)
            {
                Add(nameof(d.SessionsPerWeek), "cannot be negative");
            }

            if (d.Cap is { MaxLoadKg: < 0 } or { MaxHoldSeconds: < 0 } or { MaxMinutes: < 0 })
            {
                Add(nameof(d.Cap), "a cap cannot be negative");
            }

            if (d.Progression is { } progression)
            {
                violations.AddRange(RuleSettingsValidator.Validate(progression, $"{at}.{nameof(d.Progression)}"));
            }

            if (d.Regression is { } regression)
            {
                violations.AddRange(RuleSettingsValidator.Validate(regression, $"{at}.{nameof(d.Regression)}"));
            }
        }

        return violations;
    }
}
