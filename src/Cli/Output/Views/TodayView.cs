using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Output.Views;

internal static class TodayView
{
    public static void Write(CommandOutput output, Schedule schedule)
    {
        var screen = output.Screen;
        screen.MarkupLine($"[bold]Today, {Markup.Escape(schedule.FromDate)}[/] ({Markup.Escape(schedule.TimeZone)})");
        if (schedule.Sessions.Count == 0)
        {
            screen.WriteLine("No exercise sessions today.");
        }
        else
        {
            var sessions = new Table().AddColumns("Start", "Status", "Exercises").AddColumn(Columns.Id("Session"));
            foreach (var session in schedule.Sessions.OrderBy(s => s.LocalStartTime, StringComparer.Ordinal))
            {
                sessions.AddRow(
                    Markup.Escape(session.LocalStartTime),
                    Status(session.Status),
                    Markup.Escape(string.Join(", ", session.Exercises.Select(e => e.ExerciseName))),
                    session.SessionId);
            }
            screen.Write(sessions);
        }
        foreach (var appointment in schedule.Appointments.Where(a => a.Status != AppointmentStatus.Cancelled))
        {
            screen.MarkupLine($"Review with your therapist: {output.Time(appointment.StartsAt)} to {output.TimeOfDay(appointment.EndsAt)}{(appointment.Urgent ? " [red](urgent)[/]" : "")}");
        }
    }

    private static string Status(SessionStatus status) => status switch
    {
        SessionStatus.Planned => "to do",
        SessionStatus.Done => "[green]done[/]",
        SessionStatus.Missed => "[yellow]missed[/]",
        SessionStatus.Cancelled => "[grey]cancelled[/]",
        _ => EnumNames.Of(status),
    };
}
