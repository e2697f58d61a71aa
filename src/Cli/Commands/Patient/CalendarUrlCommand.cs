using System.CommandLine;
using System.Text.Json.Nodes;
using Telehealth.Cli.Connection;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>
/// The address of the patient's calendar feed, for a phone calendar to subscribe to: sessions and
/// reviews, no reasons. It opens without signing in, so only the patient gets it, and --rotate
/// replaces it (the old address stops working).
/// </summary>
internal static class CalendarUrlCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var rotate = new Option<bool>("--rotate") { Description = "Issue a new address; the old one stops working" };
        var httpUrl = new Option<string?>("--http-url")
        {
            Description = $"The scheduling service's HTTP/1.1 address, where the feed is served [env: {ServiceName.Scheduling.HttpUrlVariable()}; default: from --endpoints or apphost.json]",
            HelpName = "url",
        };
        var command = new Command("calendar-url", "Print the address of your calendar feed (iCalendar) to subscribe to in a phone calendar") { rotate, httpUrl };
        runtime.SetAction(command, async context =>
        {
            // Where the feed is served is settled first: a rotated address nobody saw would be lost.
            var site = context.Connection.HttpAddress(ServiceName.Scheduling, context.Value(httpUrl), "--http-url");
            var feed = await context.Scheduling.GetCalendarFeedAsync(new GetCalendarFeedRequest
            {
                PatientId = context.Caller().ToString(),
                RotateSubscription = context.Value(rotate),
            }, context.Cancellation);
            var url = new Uri(site, feed.SubscriptionPath).ToString();
            if (context.Output.Json)
            {
                context.Output.WriteJson(new JsonObject { ["url"] = url, ["subscriptionPath"] = feed.SubscriptionPath, ["contentType"] = feed.ContentType });
                return ExitCodes.Ok;
            }
            context.Output.WriteLine(url);
            context.Output.Note("Subscribe to it in your phone's calendar. Anyone with the address can read your schedule: `calendar-url --rotate` replaces it.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
