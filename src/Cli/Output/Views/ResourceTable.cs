using Spectre.Console;
using Telehealth.Cli.Clients;

namespace Telehealth.Cli.Output.Views;

internal static class ResourceTable
{
    public static void Write(CommandOutput output, IReadOnlyList<DashboardResource> resources)
    {
        var table = new Table().AddColumns("Resource", "Kind", "State", "Health", "Endpoints", "Started", "Restarts", "PID");
        foreach (var resource in resources)
        {
            table.AddRow(
                Markup.Escape(resource.Name),
                Markup.Escape(resource.Kind),
                State(resource.State),
                Markup.Escape(resource.Health),
                Markup.Escape(string.Join('\n', (resource.Endpoints ?? []).Select(e => $"{e.Name} {e.Url}"))),
                output.Time(resource.StartedAt),
                resource.Restarts.ToString(),
                resource.ProcessId?.ToString() ?? "—");
        }
        output.Screen.Write(table);
    }

    private static string State(string state) => state switch
    {
        "running" => "[green]running[/]",
        "starting" or "restarting" or "stopping" => $"[yellow]{state}[/]",
        "unhealthy" or "exited" or "failed-to-start" => $"[red]{Markup.Escape(state)}[/]",
        _ => Markup.Escape(state),
    };
}
