using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Patient;

internal static class PatientProgrammeCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.DefaultingToCaller();
        var command = new Command("programme", "Your current programme: each exercise and how much of it (the names `report --exercise` takes)") { patient };
        runtime.SetAction(command, async context =>
        {
            var programme = await context.Prescription.GetActiveProgrammeAsync(await context.PatientOrCallerAsync(patient), context.Cancellation);
            context.Output.Show(programme, () => ProgrammeView.Write(context.Output, programme));
            return ExitCodes.Ok;
        });
        return command;
    }
}
