using Telehealth.Scheduling.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Scheduling.Appointments;

/// <summary>The audit records of booking, moving and cancelling a review; they commit with the change.</summary>
internal static class AppointmentAudit
{
    public static void Booked(SchedulingDbContext db, Appointment appointment, string actor, DateTimeOffset at) =>
        Record(db, appointment, "appointment.booked", actor, appointment.Reason, before: null, at);

    public static void Rescheduled(SchedulingDbContext db, Appointment appointment, object before, string actor, string? reason, DateTimeOffset at) =>
        Record(db, appointment, "appointment.rescheduled", actor, reason, before, at);

    public static void Cancelled(SchedulingDbContext db, Appointment appointment, object before, string actor, DateTimeOffset at) =>
        Record(db, appointment, "appointment.cancelled", actor, appointment.CancelReason, before, at);

    /// <summary>Take it before changing the appointment, for the record's before.</summary>
    public static object Snapshot(Appointment appointment) => new
    {
        appointment.TherapistId,
        appointment.StartsAt,
        appointment.EndsAt,
        appointment.Status,
        appointment.Urgent,
        appointment.Origin,
        appointment.Reason,
        appointment.CancelReason,
    };

    private static void Record(SchedulingDbContext db, Appointment appointment, string action, string actor, string? reason, object? before, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(appointment.PatientId, actor, action, appointment.Id)
        {
            Reason = reason,
            Before = before,
            After = Snapshot(appointment),
        }, at);
}
