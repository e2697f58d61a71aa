using System.CommandLine;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>
/// Changes one exercise of the current programme (or adds or removes one) and records why. The
/// version looked at travels with the change, so a change made meanwhile is refused, not overwritten.
/// </summary>
internal static class ProgrammeAdjustCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Required();
        var reason = new Option<string>("--reason") { Description = "Why, as it will be recorded", Required = true, HelpName = "text" };
        var change = new ProgrammeChangeOptions();
        var command = new Command("adjust", "Change, add or remove one exercise of the patient's programme, with a reason") { patient, reason };
        foreach (var option in change.All)
        {
            command.Add(option);
        }
        command.Validators.Add(change.Validate);
        runtime.SetAction(command, async context =>
        {
            var current = await context.Prescription.GetActiveProgrammeAsync(context.Value(patient)!.Value, context.Cancellation);
            var request = new AdjustProgrammeRequest
            {
                ProgrammeId = current.ProgrammeId,
                ExpectedVersion = current.Version,
                Reason = context.Value(reason)!,
            };
            request.Items.AddRange(change.Apply(current, context.Parse));
            var programme = await context.Prescription.AdjustAsync(request, context.Cancellation);
            context.Output.Show(programme, () => ProgrammeView.Write(context.Output, programme));
            return ExitCodes.Ok;
        });
        return command;
    }
}
