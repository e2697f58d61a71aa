using System.CommandLine;
using System.Text.Json.Nodes;
using Telehealth.Cli.Clients;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Operator;

internal static class HealthCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var command = new Command("health", "For operators: asks each service's gRPC health check; exits 6 unless all four are serving");
        runtime.SetAction(command, async context =>
        {
            var reports = await context.Health.CheckAllAsync(context.Cancellation);
            if (context.Output.Json)
            {
                context.Output.WriteJson(new JsonObject
                {
                    ["healthy"] = reports.All(r => r.IsServing),
                    ["services"] = new JsonArray(reports.Select(ToJson).ToArray()),
                });
            }
            else
            {
                HealthTable.Write(context.Output, reports);
            }
            return reports.All(r => r.IsServing) ? ExitCodes.Ok : ExitCodes.Unavailable;
        });
        return command;
    }

    private static JsonNode ToJson(HealthReport report) => new JsonObject
    {
        ["service"] = report.Service.Key(),
        ["address"] = report.Address,
        ["status"] = report.Status,
        ["latencyMs"] = report.Latency is { } latency ? Math.Round(latency.TotalMilliseconds, 1) : null,
        ["problem"] = report.Problem,
    };
}
