using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Output.Views;

internal static class HistoryTable
{
    public static void Write(CommandOutput output, ProgrammeHistory history)
    {
        output.Screen.MarkupLine($"[bold]Programme {history.ProgrammeId}[/]");
        var table = new Table().AddColumns("Version", "When", "By", "Status", "Why", "Changes");
        foreach (var version in history.Versions.OrderByDescending(v => v.Version))
        {
            table.AddRow(
                version.Version.ToString(),
                output.Time(version.ChangedAt),
                Markup.Escape(version.ChangedBy),
                version.Current ? $"{EnumNames.Of(version.Status)} (current)" : EnumNames.Of(version.Status),
                Markup.Escape(version.Reason),
                Markup.Escape(string.Join('\n', version.Changes)));
        }
        output.Screen.Write(table);
    }
}
