using Spectre.Console;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Output.Views;

/// <summary>One review after a change to it: what happened, when it is, with whom, and why.</summary>
internal static class AppointmentView
{
    /// <param name="done">What happened to it: "Booked", "Moved", "Cancelled".</param>
    public static void Write(CommandOutput output, Appointment appointment, string done)
    {
        var urgent = appointment.Urgent ? " [red](urgent)[/]" : "";
        output.Screen.MarkupLine($"{done} review {appointment.AppointmentId}{urgent}: {output.Time(appointment.StartsAt)} to {output.TimeOfDay(appointment.EndsAt)} with patient {appointment.PatientId}.");
        if (appointment.Reason.Length > 0)
        {
            output.Screen.MarkupLine($"Reason: {Markup.Escape(appointment.Reason)}");
        }
        if (appointment.Status == AppointmentStatus.Cancelled && appointment.CancelReason.Length > 0)
        {
            output.Screen.MarkupLine($"Cancelled because: {Markup.Escape(appointment.CancelReason)}");
        }
    }
}
