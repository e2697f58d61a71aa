using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Therapist;

internal static class ProgrammeHistoryCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Required();
        var command = new Command("history", "Every version of the patient's programme: when, by whom, why and what changed") { patient };
        runtime.SetAction(command, async context =>
        {
            var programme = await context.Prescription.GetActiveProgrammeAsync(await context.PatientAsync(patient), context.Cancellation);
            var history = await context.Prescription.GetHistoryAsync(programme.ProgrammeId, context.Cancellation);
            context.Output.Show(history, () => HistoryTable.Write(context.Output, history));
            return ExitCodes.Ok;
        });
        return command;
    }
}
