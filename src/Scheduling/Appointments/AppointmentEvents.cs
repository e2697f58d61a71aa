using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;

namespace Telehealth.Scheduling.Appointments;

/// <summary>The integration events an appointment's changes publish.</summary>
internal static class AppointmentEvents
{
    public static AppointmentBooked Booked(Appointment appointment) => new(
        appointment.Id, appointment.PatientId, appointment.TherapistId, appointment.StartsAt, appointment.EndsAt, appointment.Reason, appointment.Urgent, appointment.BookedAt);

    public static AppointmentRescheduled Rescheduled(Appointment appointment, DateTimeOffset previousStart) => new(
        appointment.Id, appointment.PatientId, appointment.TherapistId, previousStart, appointment.StartsAt, appointment.EndsAt, appointment.UpdatedAt);

    public static AppointmentCancelled Cancelled(Appointment appointment) => new(
        appointment.Id, appointment.PatientId, appointment.TherapistId, appointment.StartsAt, appointment.CancelReason, appointment.UpdatedAt);
}
