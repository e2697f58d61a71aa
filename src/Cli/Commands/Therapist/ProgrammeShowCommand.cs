using System.CommandLine;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

internal static class ProgrammeShowCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Required();
        var version = OptionParsers.Number("--version", "A past version; the current one when left out", 1, int.MaxValue);
        version.HelpName = "n";
        var command = new Command("show", "Show the patient's programme: exercises, dosage, and who changed it last and why") { patient, version };
        runtime.SetAction(command, async context =>
        {
            var programme = await context.Prescription.GetActiveProgrammeAsync(await context.PatientAsync(patient), context.Cancellation);
            if (context.Value(version) is { } past && past != programme.Version)
            {
                programme = await context.Prescription.GetProgrammeAsync(new GetProgrammeRequest { ProgrammeId = programme.ProgrammeId, Version = past }, context.Cancellation);
            }
            context.Output.Show(programme, () => ProgrammeView.Write(context.Output, programme));
            return ExitCodes.Ok;
        });
        return command;
    }
}
