using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Commands.Lookups;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>Moves a review to another time, keeping its length unless told otherwise; the patient is told.</summary>
internal static class RescheduleCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var appointment = OptionParsers.IdArgument("appointment", "The appointment's id, from `therapist appointments`");
        var at = new Option<string>("--at") { Description = $"When it starts now, {LocalTimes.Help}", HelpName = "time", Required = true };
        var minutes = OptionParsers.Number("--minutes", "How long; default: as long as it was", 5, 240);
        var reason = new Option<string?>("--reason") { Description = "Why it moves, as it will be recorded", HelpName = "text" };
        var command = new Command("reschedule", "Move a review to another time") { appointment, at, minutes, reason };
        runtime.SetAction(command, async context =>
        {
            var text = context.Value(at)!;
            var starts = LocalTimes.TryParse(text, context.Output.Zone, out var parsed)
                ? parsed
                : throw CliException.Usage($"--at takes a time, {LocalTimes.Help}; not '{text}'.");
            var prefix = context.Value(appointment)!;
            var current = await AppointmentLookup.FindAsync(context, prefix);
            var length = context.Value(minutes) is { } given ? TimeSpan.FromMinutes(given)
                : current is not null ? current.EndsAt.ToDateTimeOffset() - current.StartsAt.ToDateTimeOffset()
                : throw CliException.Usage($"Appointment {prefix} is not among your booked appointments from yesterday on: say how long it is with --minutes.");
            var moved = await context.Scheduling.RescheduleAsync(new RescheduleAppointmentRequest
            {
                AppointmentId = current?.AppointmentId ?? prefix.Whole!.Value.ToString(),
                StartsAt = Timestamp.FromDateTimeOffset(starts),
                EndsAt = Timestamp.FromDateTimeOffset(starts + length),
                Reason = context.Value(reason) ?? "",
            }, context.Cancellation);
            context.Output.Show(moved, () => AppointmentView.Write(context.Output, moved, "Moved"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
