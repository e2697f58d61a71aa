using System.CommandLine;
using System.Text.Json.Nodes;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Operator;

internal static class ResourcesCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var command = new Command("resources", "For operators: what the AppHost runs, its state, health, endpoints and restarts (from the dashboard)");
        runtime.SetAction(command, async context =>
        {
            var (json, resources) = await context.Dashboard.GetResourcesAsync(context.Cancellation);
            if (context.Output.Json)
            {
                // The dashboard's own JSON, as it is: scripts get every field it has.
                context.Output.WriteJson(JsonNode.Parse(json.GetRawText())!);
            }
            else
            {
                ResourceTable.Write(context.Output, resources);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
