namespace Telehealth.Progress.Rules;

/// <summary>
/// Checks a session report against the 0–10 scales and the programme it belongs to. Bad input
/// is refused with every field at fault named, never scored silently.
/// </summary>
public static class SessionReportValidator
{
    public static IReadOnlyList<FieldViolation> Validate(SessionReport report, IReadOnlyList<ProgrammeItemDosage> dosages)
    {
        var violations = new List<FieldViolation>();
        void Add(string field, string description) => violations.Add(new(field, description));
        void Scale(int? value, string field)
        {
            if (value is { } v && !PainScale.Contains(v))
            {
                Add(field, $"{v} is outside the 0–10 scale");
            }
        }

        Scale(report.PainBefore, nameof(report.PainBefore));
        Scale(report.PainAfter, nameof(report.PainAfter));

        var prescribed = dosages.Select(d => d.ProgrammeItemId).ToHashSet();
        var reported = new HashSet<Guid>();
        for (var i = 0; i < report.Exercises.Count; i++)
        {
            var exercise = report.Exercises[i];
            var at = $"{nameof(report.Exercises)}[{i}]";
            if (!prescribed.Contains(exercise.ProgrammeItemId))
            {
                Add($"{at}.{nameof(exercise.ProgrammeItemId)}", "not part of this programme");
            }
            else if (!reported.Add(exercise.ProgrammeItemId))
            {
                Add($"{at}.{nameof(exercise.ProgrammeItemId)}", "reported twice in one session");
            }

            Scale(exercise.Rpe, $"{at}.{nameof(exercise.Rpe)}");
            Scale(exercise.PainDuring, $"{at}.{nameof(exercise.PainDuring)}");
            if (exercise.SkippedBecause is { } reason && !Enum.IsDefined(reason))
            {
                Add($"{at}.{nameof(exercise.SkippedBecause)}", $"{(int)reason} is not a skip reason");
            }

            for (var j = 0; j < exercise.Sets.Count; j++)
            {
                var set = exercise.Sets[j];
                var setAt = $"{at}.{nameof(exercise.Sets)}[{j}]";
                if (set.Reps is < 0) Add($"{setAt}.{nameof(set.Reps)}", "cannot be negative");
                if (set.LoadKg is < 0) Add($"{setAt}.{nameof(set.LoadKg)}", "cannot be negative");
                if (set.HoldSeconds is < 0) Add($"{setAt}.{nameof(set.HoldSeconds)}", "cannot be negative");
                if (set.Minutes is < 0) Add($"{setAt}.{nameof(set.Minutes)}", "cannot be negative");
            }
        }

        for (var k = 0; k < report.RedFlagAnswers.Count; k++)
        {
            if (!Enum.IsDefined(report.RedFlagAnswers[k].Flag))
            {
                Add($"{nameof(report.RedFlagAnswers)}[{k}].{nameof(RedFlagAnswer.Flag)}", $"{(int)report.RedFlagAnswers[k].Flag} is not a red flag question");
            }
        }

        return violations;
    }
}
