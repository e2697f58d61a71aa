namespace Telehealth.Contracts.Events.V1;

/// <summary>A planned session's window closed without a report.</summary>
public sealed record SessionMissed(
    Guid PlannedSessionId,
    Guid PatientId,
    Guid ProgrammeId,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd);
