using System.Text.RegularExpressions;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Calendar;

public static partial class CalendarSubscriptionEndpoint
{
    /// <summary>
    /// GET /calendar/{token}.ics: the feed a phone calendar subscribes to. The token is the only
    /// credential (calendar apps cannot send ours); an unknown or revoked one is a plain 404.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarSubscription(this IEndpointRouteBuilder app)
    {
        app.MapGet(CalendarFeeds.SubscriptionPrefix + "{token}.ics", async (string token, CalendarFeeds feeds, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (!TokenShape().IsMatch(token) || await feeds.ForTokenAsync(token, cancellationToken) is not { } ics)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(ics, ICalendarWriter.ContentType);
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenShape();
}
