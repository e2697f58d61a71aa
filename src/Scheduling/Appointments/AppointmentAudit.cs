using Telehealth.Scheduling.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Scheduling.Appointments;

/// <summary>The audit records of booking, moving and cancelling a review; they commit with the change.</summary>
internal static class AppointmentAudit
{
    public static AuditAction BookedAction { get; } = new("appointment.booked", typeof(AppointmentAuditSnapshot), SchemaVersion: 1);

    public static AuditAction RescheduledAction { get; } = new("appointment.rescheduled", typeof(AppointmentAuditSnapshot), SchemaVersion: 1);

    public static AuditAction CancelledAction { get; } = new("appointment.cancelled", typeof(AppointmentAuditSnapshot), SchemaVersion: 1);

    public static IReadOnlyList<AuditAction> Actions { get; } = [BookedAction, RescheduledAction, CancelledAction];

    public static void Booked(SchedulingDbContext db, Appointment appointment, string actor, DateTimeOffset at) =>
        Record(db, appointment, BookedAction, actor, appointment.Reason, before: null, at);

    public static void Rescheduled(SchedulingDbContext db, Appointment appointment, AppointmentAuditSnapshot before, string actor, string? reason, DateTimeOffset at) =>
        Record(db, appointment, RescheduledAction, actor, reason, before, at);

    public static void Cancelled(SchedulingDbContext db, Appointment appointment, AppointmentAuditSnapshot before, string actor, DateTimeOffset at) =>
        Record(db, appointment, CancelledAction, actor, appointment.CancelReason, before, at);

    /// <summary>Take it before changing the appointment, for the record's before.</summary>
    public static AppointmentAuditSnapshot Snapshot(Appointment appointment) => AppointmentAuditSnapshot.Of(appointment);

    private static void Record(SchedulingDbContext db, Appointment appointment, AuditAction action, string actor, string? reason, AppointmentAuditSnapshot? before, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(appointment.PatientId, actor, action, appointment.Id)
        {
            Reason = reason,
            Before = before,
            After = AppointmentAuditSnapshot.Of(appointment),
        }, at);
}
