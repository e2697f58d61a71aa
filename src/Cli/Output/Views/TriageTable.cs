using Spectre.Console;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Output.Views;

internal static class TriageTable
{
    public static void Write(CommandOutput output, GetTriageResponse response)
    {
        if (response.Patients.Count == 0)
        {
            output.Screen.WriteLine("No patients to triage.");
            return;
        }
        var shortId = ShortIds.For(response.Patients.Select(p => p.PatientId));
        var table = new Table().AddColumns("Level").AddColumn(Columns.Id("Patient")).AddColumns("Why", "Since");
        foreach (var entry in response.Patients)
        {
            table.AddRow(Level(entry.Level), shortId(entry.PatientId), Markup.Escape(entry.Reason), output.Time(entry.Since));
        }
        output.Screen.Write(table);
    }

    private static string Level(TriageLevel level) => level switch
    {
        TriageLevel.RedFlag => "[bold red]RED FLAG[/]",
        TriageLevel.Flare => "[red]flare[/]",
        TriageLevel.LowAdherence => "[yellow]low adherence[/]",
        TriageLevel.ReadyToProgress => "[green]ready to progress[/]",
        TriageLevel.OnTrack => "[grey]on track[/]",
        _ => "—",
    };
}
