using Spectre.Console;
using Telehealth.Cli.Clients;
using Telehealth.Cli.Connection;

namespace Telehealth.Cli.Output.Views;

internal static class HealthTable
{
    public static void Write(CommandOutput output, IReadOnlyList<HealthReport> reports)
    {
        var table = new Table().AddColumns("Service", "Address", "Health", "Latency", "Problem");
        foreach (var report in reports)
        {
            table.AddRow(
                report.Service.Key(),
                Markup.Escape(report.Address ?? "—"),
                report.IsServing ? "[green]serving[/]" : $"[red]{report.Status}[/]",
                report.Latency is { } latency ? $"{latency.TotalMilliseconds:0} ms" : "—",
                Markup.Escape(report.Problem ?? ""));
        }
        output.Screen.Write(table);
    }
}
