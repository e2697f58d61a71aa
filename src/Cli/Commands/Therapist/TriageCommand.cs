using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Therapist;

internal static class TriageCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var command = new Command("triage", "Your caseload, most urgent first: red flags, flares, low adherence, ready to progress");
        runtime.SetAction(command, async context =>
        {
            var response = await context.Progress.GetTriageAsync(context.Cancellation);
            context.Output.Show(response, () => TriageTable.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
