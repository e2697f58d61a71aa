using Spectre.Console;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Output.Views;

/// <summary>Session reports, latest first, with ids as `reports correct` and `pain-check --report` take them.</summary>
internal static class ReportTable
{
    public static void Write(CommandOutput output, ListSessionReportsResponse response)
    {
        if (response.Reports.Count == 0)
        {
            output.Screen.WriteLine("No session reports yet.");
            return;
        }
        var shortId = ShortIds.For(response.Reports.Select(r => r.ReportId));
        var table = new Table().AddColumns("Done at", "Pain before", "Pain after", "Exercises done", "Skipped", "Red flag", "Corrected").AddColumn(Columns.Id("Report"));
        foreach (var report in response.Reports.OrderByDescending(r => r.PerformedAt?.ToDateTimeOffset()))
        {
            table.AddRow(
                output.Time(report.PerformedAt),
                report.PainBefore.ToString(),
                report.PainAfter.ToString(),
                report.ExercisesDone.ToString(),
                report.ExercisesSkipped.ToString(),
                report.RedFlag ? "[bold red]yes[/]" : "no",
                report.CorrectedAt is null ? "—" : output.Time(report.CorrectedAt),
                shortId(report.ReportId));
        }
        output.Screen.Write(table);
    }
}
