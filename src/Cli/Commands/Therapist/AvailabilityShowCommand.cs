using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Therapist;

internal static class AvailabilityShowCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var command = new Command("show", "Your weekly hours for reviews, their time zone, and leave or extra hours");
        runtime.SetAction(command, async context =>
        {
            var availability = await context.Scheduling.GetAvailabilityAsync(context.Caller(), context.Cancellation);
            context.Output.Show(availability, () => AvailabilityView.Write(context.Output, availability));
            return ExitCodes.Ok;
        });
        return command;
    }
}
