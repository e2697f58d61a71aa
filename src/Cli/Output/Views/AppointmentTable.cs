using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Output.Views;

/// <summary>The therapist's reviews in time order, then the reviews progress asked for that wait for free time.</summary>
internal static class AppointmentTable
{
    public static void Write(CommandOutput output, ListAppointmentsResponse response)
    {
        var shortId = ShortIds.For(response.Appointments.SelectMany(a => new[] { a.AppointmentId, a.PatientId })
            .Concat(response.PendingReviews.Select(r => r.PatientId)));
        if (response.Appointments.Count == 0)
        {
            output.Screen.WriteLine("No appointments in this range.");
        }
        else
        {
            var table = new Table().AddColumns("When", "Until").AddColumn(Columns.Id("Patient")).AddColumns("Status", "Booked by", "Reason").AddColumn(Columns.Id("Appointment"));
            foreach (var appointment in response.Appointments.OrderBy(a => a.StartsAt?.ToDateTimeOffset()))
            {
                table.AddRow(
                    output.Time(appointment.StartsAt),
                    output.TimeOfDay(appointment.EndsAt),
                    shortId(appointment.PatientId),
                    Status(appointment),
                    Origin(appointment.Origin),
                    Markup.Escape(appointment.Status == AppointmentStatus.Cancelled && appointment.CancelReason.Length > 0 ? appointment.CancelReason : appointment.Reason),
                    shortId(appointment.AppointmentId));
            }
            output.Screen.Write(table);
        }
        foreach (var review in response.PendingReviews.OrderBy(r => r.RequestedAt?.ToDateTimeOffset()))
        {
            var urgent = review.Urgent ? "[red]urgent[/] " : "";
            output.Screen.MarkupLine($"Waiting for free time: {urgent}review with patient {shortId(review.PatientId)}, asked {output.Time(review.RequestedAt)}: {Markup.Escape(review.Reason)}");
        }
    }

    private static string Status(Appointment appointment) => appointment.Status switch
    {
        AppointmentStatus.Cancelled => "[grey]cancelled[/]",
        _ when appointment.Urgent => "[red]booked, urgent[/]",
        _ when appointment.Sequence > 0 => $"booked, moved {appointment.Sequence}×",
        _ => "booked",
    };

    private static string Origin(AppointmentOrigin origin) => origin switch
    {
        AppointmentOrigin.BookedByTherapist => "you",
        AppointmentOrigin.BookedByPatient => "patient",
        AppointmentOrigin.ReviewRequest => "review request",
        _ => EnumNames.Of(origin),
    };
}
