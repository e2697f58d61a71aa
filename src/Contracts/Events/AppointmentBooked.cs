namespace Telehealth.Contracts.Events.V1;

/// <summary>A telehealth review was booked (by the therapist, the patient, or offered after a flare).</summary>
/// <param name="ReportId">The session report whose review request it answers, when it was offered at once for one.</param>
public sealed record AppointmentBooked(
    Guid AppointmentId,
    Guid PatientId,
    Guid TherapistId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Reason,
    bool Urgent,
    DateTimeOffset BookedAt,
    Guid? ReportId = null);
