namespace Telehealth.Contracts.Events.V1;

/// <summary>A review is 24 hours or 15 minutes away.</summary>
public sealed record AppointmentReminderDue(
    Guid ReminderId,
    Guid AppointmentId,
    Guid PatientId,
    Guid TherapistId,
    DateTimeOffset StartsAt,
    TimeSpan Before,
    DateTimeOffset DueAt,
    DateTimeOffset FiredAt);
