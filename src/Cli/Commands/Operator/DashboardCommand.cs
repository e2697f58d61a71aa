using System.CommandLine;
using System.Text.Json.Nodes;

namespace Telehealth.Cli.Commands.Operator;

/// <summary>
/// Where operators watch the running system: resources, console logs, traces and metrics are on the
/// Aspire dashboard, which has no API for the command line, so this prints the address that signs a
/// browser in (apphost.json holds the dashboard's browser token).
/// </summary>
internal static class DashboardCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var command = new Command("dashboard", "For operators: the Aspire dashboard's login address of the running AppHost");
        runtime.SetAction(command, context =>
        {
            var appHost = context.Connection.RunningAppHost();
            if (appHost.Dashboard is not { Length: > 0 } dashboard)
            {
                throw CliException.Unavailable($"The AppHost runs without a dashboard ({context.Connection.ManifestPath} names none).");
            }
            dashboard = dashboard.TrimEnd('/');
            // Without a token the dashboard asks for no login, so its own address is the way in.
            var login = appHost.DashboardToken is { Length: > 0 } token
                ? $"{dashboard}/login?t={Uri.EscapeDataString(token)}"
                : dashboard;
            if (context.Output.Json)
            {
                context.Output.WriteJson(new JsonObject
                {
                    ["dashboard"] = dashboard,
                    ["login"] = login,
                });
            }
            else
            {
                // The address alone on stdout, so `xdg-open "$(telehealth dashboard)"` works.
                context.Host.Console.Out.WriteLine(login);
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
