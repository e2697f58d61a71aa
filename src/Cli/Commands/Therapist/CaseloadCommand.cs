using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Therapist;

internal static class CaseloadCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var command = new Command("caseload", "Your patients: their programme, its status, pending suggestions and when a review is due");
        runtime.SetAction(command, async context =>
        {
            var response = await context.Prescription.ListCaseloadAsync(context.Cancellation);
            context.Output.Show(response, () => CaseloadTable.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
