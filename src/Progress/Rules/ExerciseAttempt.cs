namespace Telehealth.Progress.Rules;

/// <summary>
/// One time the patient did (or skipped) an exercise, with the session's pain around it and,
/// when it came in, the next morning's check.
/// </summary>
public sealed record ExerciseAttempt(
    Guid SessionId,
    DateTimeOffset PerformedAt,
    int SessionPainBefore,
    int SessionPainAfter,
    ExerciseResult Result,
    NextDayPainCheck? NextDayCheck = null);
