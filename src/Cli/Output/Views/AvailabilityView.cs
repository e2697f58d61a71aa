using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Output.Views;

/// <summary>Weekly hours day by day in the therapist's own zone, then leave and extra hours.</summary>
internal static class AvailabilityView
{
    public static void Write(CommandOutput output, Availability availability)
    {
        var screen = output.Screen;
        if (availability.WeeklyHours.Count == 0)
        {
            screen.WriteLine("No weekly hours set: reviews cannot be booked in your calendar (set them with `telehealth therapist availability set`).");
        }
        else
        {
            screen.MarkupLine($"[bold]Weekly hours[/] ({Markup.Escape(availability.TimeZone)}), updated {output.Time(availability.UpdatedAt)}");
            var table = new Table().AddColumns("Day", "Hours");
            foreach (var day in availability.WeeklyHours.GroupBy(h => h.Day).OrderBy(g => g.Key))
            {
                var windows = day.OrderBy(h => h.StartTime, StringComparer.Ordinal).Select(h => $"{h.StartTime}–{h.EndTime}");
                table.AddRow(Weekdays.ShortName(SchedulingDays.From(day.Key)), string.Join(", ", windows));
            }
            screen.Write(table);
        }
        foreach (var exception in availability.Exceptions.OrderBy(e => e.StartsAt?.ToDateTimeOffset()))
        {
            var kind = exception.Available ? "Extra hours" : "Away";
            var reason = exception.Reason.Length > 0 ? $": {Markup.Escape(exception.Reason)}" : "";
            screen.MarkupLine($"{kind} {output.Time(exception.StartsAt)} to {output.Time(exception.EndsAt)}{reason}");
        }
    }
}
