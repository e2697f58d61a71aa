namespace Telehealth.Contracts.Events.V1;

/// <summary>A patient reported a session; scheduling marks the planned session done.</summary>
public sealed record SessionReported(
    Guid ReportId,
    Guid PatientId,
    Guid ProgrammeId,
    int ProgrammeVersion,
    Guid? PlannedSessionId,
    DateTimeOffset PerformedAt,
    int ExercisesDone,
    int ExercisesSkipped);
