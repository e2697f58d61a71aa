using Telehealth.Progress.Grpc;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

/// <summary>The shape a session report must have before anything is looked up or written.</summary>
internal static class SessionReportValidation
{
    public static void Validate(Proto.SubmitSessionReportRequest request, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.Uuid("report_id", request.ReportId);
        errors.Uuid("patient_id", request.PatientId);
        errors.Uuid("programme_id", request.ProgrammeId);
        if (request.ProgrammeVersion < 1)
        {
            errors.Add("programme_version", "must be 1 or more");
        }
        if (request.PlannedSessionId.Length > 0 && !Guid.TryParse(request.PlannedSessionId, out _))
        {
            errors.Add("planned_session_id", "must be a UUID when given");
        }
        ValidatePerformedAt(errors, request.PerformedAt, now);
        errors.InRange("pain_before", request.PainBefore, 0, 10);
        errors.InRange("pain_after", request.PainAfter, 0, 10);
        errors.MaxLength("notes", request.Notes, RequestLimits.ReportNotes);
        ValidateExercises(errors, request.Exercises);
        ValidateRedFlags(errors, request.RedFlags);
        errors.ThrowIfAny();
    }

    private static void ValidateRedFlags(FieldErrors errors, IList<Proto.RedFlagAnswer> redFlags)
    {
        if (redFlags.Count > RequestLimits.RedFlags)
        {
            errors.MaxCount("red_flags", redFlags.Count, RequestLimits.RedFlags);
            return;
        }
        for (var i = 0; i < redFlags.Count; i++)
        {
            if (redFlags[i].Flag == Proto.RedFlag.Unspecified || !Enum.IsDefined(redFlags[i].Flag))
            {
                errors.Add($"red_flags[{i}].flag", "must name a red flag");
            }
        }
    }

    private static void ValidatePerformedAt(FieldErrors errors, Google.Protobuf.WellKnownTypes.Timestamp? performedAt, DateTimeOffset now)
    {
        if (errors.Timestamp("performed_at", performedAt) is not { } at)
        {
            return;
        }
        if (at > now.AddMinutes(10))
        {
            errors.Add("performed_at", "is in the future");
        }
        else if (at < now.AddDays(-30))
        {
            errors.Add("performed_at", "is more than 30 days ago");
        }
    }

    public static void ValidateExercises(FieldErrors errors, IList<Proto.ExerciseResult> exercises)
    {
        if (exercises.Count == 0)
        {
            errors.Add("exercises", "must list at least one exercise, done or skipped");
        }
        if (exercises.Count > RequestLimits.Exercises)
        {
            errors.Add("exercises", $"must list at most {RequestLimits.Exercises} exercises");
            return;
        }
        var seen = new HashSet<string>();
        for (var i = 0; i < exercises.Count; i++)
        {
            var exercise = exercises[i];
            var path = $"exercises[{i}]";
            if (errors.Uuid($"{path}.item_id", exercise.ItemId) != Guid.Empty && !seen.Add(exercise.ItemId))
            {
                errors.Add($"{path}.item_id", "is reported twice");
            }
            if (exercise.HasRpe)
            {
                errors.InRange($"{path}.rpe", exercise.Rpe, 0, 10);
            }
            if (exercise.HasPainDuring)
            {
                errors.InRange($"{path}.pain_during", exercise.PainDuring, 0, 10);
            }
            errors.MaxLength($"{path}.notes", exercise.Notes, RequestLimits.ExerciseNotes);
            var skipped = exercise.SkippedBecause != Proto.SkipReason.Unspecified;
            if (skipped && exercise.Sets.Count > 0)
            {
                errors.Add($"{path}.sets", "must be empty for a skipped exercise");
            }
            if (!skipped && exercise.Sets.Count == 0)
            {
                errors.Add($"{path}.sets", "must list the sets done, or give skipped_because");
            }
            if (exercise.Sets.Count > RequestLimits.Sets)
            {
                errors.Add($"{path}.sets", $"must list at most {RequestLimits.Sets} sets");
                continue;
            }
            for (var s = 0; s < exercise.Sets.Count; s++)
            {
                ValidateSet(errors, $"{path}.sets[{s}]", exercise.Sets[s]);
            }
        }
    }

    private static void ValidateSet(FieldErrors errors, string path, Proto.SetResult set)
    {
        if (set.HasReps)
        {
            errors.InRange($"{path}.reps", set.Reps, 0, 500);
        }
        if (set.HasLoadKg && (set.LoadKg < 0 || set.LoadKg > 500 || double.IsNaN(set.LoadKg)))
        {
            errors.Add($"{path}.load_kg", "must be between 0 and 500");
        }
        if (set.HasHoldSeconds)
        {
            errors.InRange($"{path}.hold_seconds", set.HoldSeconds, 0, 3600);
        }
        if (set.HasMinutes)
        {
            errors.InRange($"{path}.minutes", set.Minutes, 0, 600);
        }
        if (!set.HasReps && !set.HasHoldSeconds && !set.HasMinutes)
        {
            errors.Add(path, "must give reps, hold_seconds or minutes");
        }
    }
}
