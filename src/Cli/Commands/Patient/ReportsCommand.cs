using System.CommandLine;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>The sessions reported so far, and correcting one; `list` when no command is given.</summary>
internal static class ReportsCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var list = List(runtime);
        var command = new Command("reports", "Your session reports: list them (the default) or correct one sent in the last 7 days")
        {
            list,
            ReportCorrectCommand.Create(runtime),
        };
        // Bare `reports` lists, as bare `notifications` does.
        foreach (var option in list.Options)
        {
            command.Add(option);
        }
        command.Action = list.Action;
        return command;
    }

    private static Command List(CommandRuntime runtime)
    {
        var patient = PatientOption.DefaultingToCaller();
        var limit = OptionParsers.Number("--limit", "How many, latest first; default 50", 1, 200);
        var command = new Command("list", "Your session reports, latest first") { patient, limit };
        runtime.SetAction(command, async context =>
        {
            var patientId = await context.PatientOrCallerAsync(patient);
            var response = await context.Progress.ListReportsAsync(patientId, context.Value(limit) ?? 0, context.Cancellation);
            context.Output.Show(response, () => ReportTable.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
