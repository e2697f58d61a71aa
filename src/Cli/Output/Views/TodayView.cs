using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Output.Views;

internal static class TodayView
{
    /// <param name="programme">The current programme, to number the exercises as `report --exercise` takes them; null when unknown.</param>
    public static void Write(CommandOutput output, Schedule schedule, Programme? programme)
    {
        var screen = output.Screen;
        screen.MarkupLine($"[bold]Today, {Markup.Escape(schedule.FromDate)}[/] ({Markup.Escape(schedule.TimeZone)})");
        if (schedule.Sessions.Count == 0)
        {
            screen.WriteLine("No exercise sessions today.");
        }
        else
        {
            var numbers = programme is null ? new Dictionary<string, int>() : ExerciseNumbers.Of(programme.Items);
            var shortId = ShortIds.For(schedule.Sessions.Select(s => s.SessionId));
            var sessions = new Table().AddColumns("Start", "Status", "Exercises").AddColumn(Columns.Id("Session"));
            foreach (var session in schedule.Sessions.OrderBy(s => s.LocalStartTime, StringComparer.Ordinal))
            {
                sessions.AddRow(
                    Markup.Escape(session.LocalStartTime),
                    Status(session.Status),
                    Markup.Escape(string.Join(", ", session.Exercises.Select(e => Numbered(e, numbers)))),
                    shortId(session.SessionId));
            }
            screen.Write(sessions);
        }
        foreach (var appointment in schedule.Appointments.Where(a => a.Status != AppointmentStatus.Cancelled))
        {
            screen.MarkupLine($"Review with your therapist: {output.Time(appointment.StartsAt)} to {output.TimeOfDay(appointment.EndsAt)}{(appointment.Urgent ? " [red](urgent)[/]" : "")}");
        }
    }

    private static string Numbered(PlannedExercise exercise, IReadOnlyDictionary<string, int> numbers) =>
        numbers.TryGetValue(exercise.ItemId, out var number) ? $"{number}. {exercise.ExerciseName}" : exercise.ExerciseName;

    private static string Status(SessionStatus status) => status switch
    {
        SessionStatus.Planned => "to do",
        SessionStatus.Done => "[green]done[/]",
        SessionStatus.Missed => "[yellow]missed[/]",
        SessionStatus.Cancelled => "[grey]cancelled[/]",
        _ => EnumNames.Of(status),
    };
}
