using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Therapist;

internal static class TemplatesCommand
{
    public static Command Create(CommandRuntime runtime) => new("templates", "Programme templates to prescribe from")
    {
        List(runtime),
    };

    private static Command List(CommandRuntime runtime)
    {
        var command = new Command("list", "List the templates, by name");
        runtime.SetAction(command, async context =>
        {
            var response = await context.Prescription.ListTemplatesAsync(context.Cancellation);
            context.Output.Show(response, () => TemplateTable.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
