using System.Globalization;
using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Output.Views;

internal static class SummaryView
{
    private const int PainRows = 10;
    private const int MonitoringDaysNeeded = 16;

    public static void Write(CommandOutput output, PatientSummary summary)
    {
        var screen = output.Screen;
        screen.MarkupLine($"[bold]Patient {summary.PatientId}[/]");
        screen.MarkupLine($"Adherence: {Percent(summary.HasAdherence7Days, summary.Adherence7Days)} over 7 days, {Percent(summary.HasAdherence28Days, summary.Adherence28Days)} over 28 days");
        var track = summary.MonitoringOnTrack ? "[green]on track[/]" : $"[yellow]not on track[/] ({MonitoringDaysNeeded} needed)";
        screen.MarkupLine($"Days with reported data in the last 30: {summary.MonitoringDays30}, {track}");
        foreach (var alert in summary.Alerts)
        {
            screen.MarkupLine($"[red]Alert:[/] {Markup.Escape(alert)}");
        }
        if (summary.Pain.Count > 0)
        {
            var pain = new Table().Title("Pain (0–10), latest first").AddColumns("When", "Before", "After", "Change");
            foreach (var point in summary.Pain.OrderByDescending(p => p.At?.ToDateTimeOffset()).Take(PainRows))
            {
                var change = point.After - point.Before;
                pain.AddRow(output.Time(point.At), point.Before.ToString(), point.After.ToString(), change > 0 ? $"+{change}" : change.ToString());
            }
            screen.Write(pain);
        }
        if (summary.Exercises.Count > 0)
        {
            var loads = new Table().Title("Load").AddColumns("Exercise", "First", "Latest", "Points");
            foreach (var trend in summary.Exercises)
            {
                var ordered = trend.Load.OrderBy(p => p.At?.ToDateTimeOffset()).ToList();
                loads.AddRow(Markup.Escape(trend.ExerciseName), Kg(ordered.FirstOrDefault()), Kg(ordered.LastOrDefault()), ordered.Count.ToString());
            }
            screen.Write(loads);
        }
        if (summary.Outcomes.Count > 0)
        {
            var outcomes = new Table().Title("Outcomes").AddColumns("Measure", "When", "Score", "Change", "Important change");
            foreach (var outcome in summary.Outcomes.OrderByDescending(o => o.At?.ToDateTimeOffset()))
            {
                outcomes.AddRow(
                    EnumNames.Of(outcome.Measure),
                    output.Time(outcome.At),
                    outcome.Score.ToString("0.#", CultureInfo.InvariantCulture),
                    outcome.HasChangeFromBaseline ? outcome.ChangeFromBaseline.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) : "—",
                    outcome.MinimalImportantChangeReached ? "yes" : "no");
            }
            screen.Write(outcomes);
        }
    }

    private static string Percent(bool present, double value) =>
        present ? (value * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "—";

    private static string Kg(LoadPoint? point) =>
        point is null ? "—" : point.LoadKg.ToString("0.##", CultureInfo.InvariantCulture) + " kg";
}
