namespace Telehealth.Contracts.Events.V1;

/// <summary>A planned exercise session is coming up: time to remind the patient.</summary>
public sealed record SessionReminderDue(
    Guid ReminderId,
    Guid PatientId,
    Guid PlannedSessionId,
    Guid ProgrammeId,
    DateTimeOffset SessionStartsAt,
    string TimeZone,
    DateTimeOffset DueAt,
    DateTimeOffset FiredAt);
