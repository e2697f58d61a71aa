using Telehealth.Scheduling.Data;

namespace Telehealth.Scheduling.Appointments;

/// <summary>A review appointment as its audit records keep it.</summary>
internal sealed record AppointmentAuditSnapshot(
    Guid TherapistId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    AppointmentStatus Status,
    bool Urgent,
    AppointmentOrigin Origin,
    string Reason,
    string CancelReason)
{
    public static AppointmentAuditSnapshot Of(Appointment appointment) => new(
        appointment.TherapistId,
        appointment.StartsAt,
        appointment.EndsAt,
        appointment.Status,
        appointment.Urgent,
        appointment.Origin,
        appointment.Reason,
        appointment.CancelReason);
}
