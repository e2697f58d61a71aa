using System.CommandLine;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Patient;

internal static class TodayCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.DefaultingToCaller();
        var command = new Command("today", "Today's exercise sessions and reviews, in your time zone, each exercise with its number") { patient };
        runtime.SetAction(command, async context =>
        {
            var patientId = await context.PatientOrCallerAsync(patient);
            var schedule = await context.Scheduling.GetTodayAsync(patientId, context.Cancellation);
            if (context.Output.Json)
            {
                context.Output.WriteJson(schedule);
                return ExitCodes.Ok;
            }
            var programme = await ProgrammeAsync(context, patientId);
            TodayView.Write(context.Output, schedule, programme);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Only for the exercises' numbers: without the programme they are shown by name alone.
    private static async Task<Programme?> ProgrammeAsync(CommandContext context, Guid patientId)
    {
        try
        {
            return await context.Prescription.GetActiveProgrammeAsync(patientId, context.Cancellation);
        }
        catch (Exception exception) when (exception is ServiceCallException or CliException)
        {
            return null;
        }
    }
}
