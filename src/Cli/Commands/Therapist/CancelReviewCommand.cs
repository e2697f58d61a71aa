using System.CommandLine;
using Telehealth.Cli.Commands.Lookups;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>Cancels a review, saying why; the patient is told, and its reminders stop.</summary>
internal static class CancelReviewCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var appointment = OptionParsers.IdArgument("appointment", "The appointment's id, from `therapist appointments`");
        var reason = new Option<string>("--reason") { Description = "Why, as the patient will read it", HelpName = "text", Required = true };
        var command = new Command("cancel-review", "Cancel a review, saying why") { appointment, reason };
        runtime.SetAction(command, async context =>
        {
            var cancelled = await context.Scheduling.CancelAsync(new CancelAppointmentRequest
            {
                AppointmentId = await AppointmentLookup.ResolveAsync(context, context.Value(appointment)!),
                Reason = context.Value(reason)!,
            }, context.Cancellation);
            context.Output.Show(cancelled, () => AppointmentView.Write(context.Output, cancelled, "Cancelled"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
