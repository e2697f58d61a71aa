using NodaTime;

namespace Telehealth.Notification.Policies;

/// <summary>
/// When an outward message that is not urgent may go: now, or when the recipient's quiet hours
/// end, on their own clock. The end is found on the local calendar and then mapped to an
/// instant, so a quiet night across a daylight-saving change is an hour shorter or longer, as
/// the recipient lives it.
/// </summary>
public static class QuietHoursPolicy
{
    public static bool IsQuiet(DateTimeOffset now, DateTimeZone zone, QuietHours? quiet) =>
        quiet is { } hours && hours.Contains(Instant.FromDateTimeOffset(now).InZone(zone).TimeOfDay);

    public static DateTimeOffset NextAllowed(DateTimeOffset now, DateTimeZone zone, QuietHours? quiet)
    {
        if (quiet is not { } hours)
        {
            return now;
        }
        var instant = Instant.FromDateTimeOffset(now);
        var local = instant.InZone(zone);
        if (!hours.Contains(local.TimeOfDay))
        {
            return now;
        }
        var endDate = local.TimeOfDay < hours.End ? local.Date : local.Date.PlusDays(1);
        return FirstAfter(zone, endDate + hours.End, instant).ToDateTimeOffset();
    }

    // A local end time may not exist (skipped by a spring-forward gap: quiet ends when the gap
    // does) or exist twice (an autumn fall-back: the first occurrence still ahead of now).
    private static Instant FirstAfter(DateTimeZone zone, LocalDateTime end, Instant now)
    {
        var mapping = zone.MapLocal(end);
        if (mapping.Count == 0)
        {
            return mapping.LateInterval.Start;
        }
        var first = mapping.First().ToInstant();
        return first > now || mapping.Count == 1 ? first : mapping.Last().ToInstant();
    }
}
