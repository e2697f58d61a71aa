namespace Telehealth.Contracts.Events.V1;

public sealed record AppointmentRescheduled(
    Guid AppointmentId,
    Guid PatientId,
    Guid TherapistId,
    DateTimeOffset PreviousStartsAt,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset RescheduledAt);
