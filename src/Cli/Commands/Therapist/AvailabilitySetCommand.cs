using System.CommandLine;
using Grpc.Core;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>
/// Replaces the therapist's weekly hours. SetAvailability replaces exceptions (leave, extra hours) and
/// the time zone too, so both are read first and kept unless the command line says otherwise.
/// </summary>
internal static class AvailabilitySetCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var days = new Option<string?>("--days") { Description = $"Days with the same hours, {Weekdays.Help}; with --from and --to", HelpName = "days" };
        var from = new Option<string?>("--from") { Description = $"When the hours start on those days, {ClockTimes.Help}", HelpName = "time" };
        var to = new Option<string?>("--to") { Description = $"When they end, {ClockTimes.Help}", HelpName = "time" };
        var hours = new Option<string[]>("--hours") { Description = $"Hours on some days, once per window: {HoursSpec.Syntax}; several windows on one day must not overlap", HelpName = "window" };
        var zone = new Option<string?>("--time-zone") { Description = "The IANA time zone the hours are in, e.g. Europe/London; default: the one set before, else this machine's", HelpName = "zone" };
        var command = new Command("set", "Set your weekly hours for reviews (they replace the hours set before; leave and extra hours are kept)")
        {
            days, from, to, hours, zone,
        };
        command.Validators.Add(result =>
        {
            var given = new[] { result.GetResult(days), result.GetResult(from), result.GetResult(to) }.Count(r => r is not null);
            if (given is 1 or 2)
            {
                result.AddError("--days, --from and --to go together: --days mon-fri --from 09:00 --to 17:00.");
            }
            else if (given == 0 && result.GetResult(hours) is null)
            {
                result.AddError("Say when you work: --days mon-fri --from 09:00 --to 17:00, or --hours \"mon-fri 09:00-17:00\" for each window.");
            }
        });
        runtime.SetAction(command, async context =>
        {
            // What was typed is checked before anything is read or sent.
            var windows = (context.Value(hours) ?? []).Select(text => HoursSpec.Parse(text, "--hours")).ToList();
            if (context.Value(days) is { } dayList)
            {
                windows.Insert(0, HoursSpec.Of(Weekdays.Parse(dayList, "--days"), context.Value(from)!, context.Value(to)!, "--from/--to"));
            }
            var therapistId = context.Caller();
            var current = await CurrentAsync(context, therapistId);
            var request = new SetAvailabilityRequest
            {
                TherapistId = therapistId.ToString(),
                TimeZone = context.Value(zone) ?? (current.TimeZone.Length > 0 ? current.TimeZone : MachineZone(context)),
            };
            request.WeeklyHours.AddRange(windows.SelectMany(ToDailyHours).OrderBy(h => h.Day).ThenBy(h => h.StartTime, StringComparer.Ordinal));
            request.Exceptions.AddRange(current.Exceptions);
            var availability = await context.Scheduling.SetAvailabilityAsync(request, context.Cancellation);
            context.Output.Show(availability, () => AvailabilityView.Write(context.Output, availability));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<DailyHours> ToDailyHours(HoursSpec window) =>
        window.Days.Select(day => new DailyHours { Day = SchedulingDays.Of(day), StartTime = ClockTimes.Format(window.From), EndTime = ClockTimes.Format(window.To) });

    // Nothing set yet reads as empty; a caller the service does not take for a therapist is told so by SetAvailability.
    private static async Task<Availability> CurrentAsync(CommandContext context, Guid therapistId)
    {
        try
        {
            return await context.Scheduling.GetAvailabilityAsync(therapistId, context.Cancellation);
        }
        catch (ServiceCallException failure) when (failure.StatusCode == StatusCode.NotFound)
        {
            return new Availability();
        }
    }

    private static string MachineZone(CommandContext context)
    {
        var local = context.Output.Zone;
        if (local.HasIanaId)
        {
            return local.Id;
        }
        return TimeZoneInfo.TryConvertWindowsIdToIanaId(local.Id, out var iana)
            ? iana
            : throw CliException.Usage($"This machine's time zone ({local.Id}) has no IANA name: give one with --time-zone, e.g. Europe/London.");
    }
}
