using System.CommandLine;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

internal static class ProgrammeStatusCommand
{
    public static Command Create(CommandRuntime runtime, string name, ProgrammeStatus status, string description)
    {
        var patient = PatientOption.Required();
        var reason = new Option<string>("--reason") { Description = "Why, as it will be recorded", Required = true, HelpName = "text" };
        var command = new Command(name, description) { patient, reason };
        runtime.SetAction(command, async context =>
        {
            var current = await context.Prescription.GetActiveProgrammeAsync(await context.PatientAsync(patient), context.Cancellation);
            var programme = await context.Prescription.ChangeStatusAsync(new ChangeProgrammeStatusRequest
            {
                ProgrammeId = current.ProgrammeId,
                ExpectedVersion = current.Version,
                Status = status,
                Reason = context.Value(reason)!,
            }, context.Cancellation);
            context.Output.Show(programme, () => ProgrammeView.Write(context.Output, programme));
            return ExitCodes.Ok;
        });
        return command;
    }
}
