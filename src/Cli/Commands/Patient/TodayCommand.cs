using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Patient;

internal static class TodayCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.DefaultingToCaller();
        var command = new Command("today", "Today's exercise sessions and reviews, in your time zone") { patient };
        runtime.SetAction(command, async context =>
        {
            var schedule = await context.Scheduling.GetTodayAsync(context.PatientOrCaller(patient), context.Cancellation);
            context.Output.Show(schedule, () => TodayView.Write(context.Output, schedule));
            return ExitCodes.Ok;
        });
        return command;
    }
}
