namespace Telehealth.Progress.Rules;

/// <summary>
/// One time the patient did (or skipped) an exercise, with the session's pain around it and,
/// when it came in, the next morning's check.
/// </summary>
/// <param name="Day">The day it was done in the patient's time zone; several sessions on one day are one day of evidence.</param>
/// <param name="OnScheduledDay">False when the exercise was not planned for that day: extra activity, recorded but no evidence for progression.</param>
public sealed record ExerciseAttempt(
    Guid SessionId,
    DateTimeOffset PerformedAt,
    int SessionPainBefore,
    int SessionPainAfter,
    ExerciseResult Result,
    NextDayPainCheck? NextDayCheck,
    DateOnly Day,
    bool OnScheduledDay = true);
