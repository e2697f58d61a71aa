using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Telehealth.Notification.Composition;

/// <summary>An instant as the recipient reads it on their own clock, e.g. "Tue 3 Mar 18:00".</summary>
public static class LocalTimeText
{
    private static readonly ZonedDateTimePattern DayAndTime = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM HH:mm", null);
    private static readonly ZonedDateTimePattern TimeOnly = ZonedDateTimePattern.CreateWithInvariantCulture("HH:mm", null);

    public static string DayAndTimeOf(DateTimeOffset instant, DateTimeZone zone) =>
        DayAndTime.Format(Instant.FromDateTimeOffset(instant).InZone(zone));

    public static string TimeOf(DateTimeOffset instant, DateTimeZone zone) =>
        TimeOnly.Format(Instant.FromDateTimeOffset(instant).InZone(zone));

    /// <summary>"15 minutes", "24 hours", "1 hour 30 minutes".</summary>
    public static string Span(TimeSpan span)
    {
        var hours = (int)span.TotalHours;
        var minutes = span.Minutes;
        var parts = new List<string>(2);
        if (hours > 0)
        {
            parts.Add(hours == 1 ? "1 hour" : $"{hours.ToString(CultureInfo.InvariantCulture)} hours");
        }
        if (minutes > 0 || hours == 0)
        {
            parts.Add(minutes == 1 ? "1 minute" : $"{minutes.ToString(CultureInfo.InvariantCulture)} minutes");
        }
        return string.Join(" ", parts);
    }
}
