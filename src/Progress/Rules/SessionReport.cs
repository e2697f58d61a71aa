namespace Telehealth.Progress.Rules;

/// <summary>
/// One exercise session as reported by the patient's app. Pain is the 0–10 numeric rating
/// scale (LOINC 72514-3), asked before and after the session.
/// </summary>
public sealed record SessionReport(
    Guid SessionId,
    Guid PatientId,
    Guid ProgrammeId,
    DateTimeOffset CompletedAt,
    int PainBefore,
    int PainAfter,
    IReadOnlyList<ExerciseResult> Exercises,
    IReadOnlyList<RedFlagAnswer> RedFlagAnswers);
