using Spectre.Console;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Output.Views;

internal static class AppointmentView
{
    public static void Write(CommandOutput output, Appointment appointment)
    {
        var urgent = appointment.Urgent ? " [red](urgent)[/]" : "";
        output.Screen.MarkupLine($"Booked review {appointment.AppointmentId}{urgent}: {output.Time(appointment.StartsAt)} to {output.TimeOfDay(appointment.EndsAt)} with patient {appointment.PatientId}.");
        if (appointment.Reason.Length > 0)
        {
            output.Screen.MarkupLine($"Reason: {Markup.Escape(appointment.Reason)}");
        }
    }
}
