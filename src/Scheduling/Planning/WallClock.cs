using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Telehealth.Scheduling.Planning;

/// <summary>Between wall-clock times in a patient's or therapist's zone and instants.</summary>
public static class WallClock
{
    /// <summary>
    /// How a local time that a DST change skips or repeats becomes an instant. In a gap (clocks go
    /// forward) the time moves on by the gap's length, so 01:30 on a night when 01:00 jumps to 02:00
    /// becomes 02:30, the same distance into the new hour as the patient expected. In an overlap
    /// (clocks go back) the earlier of the two is taken: a reminder is better early than an hour late.
    /// </summary>
    public static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnForwardShifted);

    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Seconds = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    /// <summary>An IANA zone (tz database name), or null when there is no such zone.</summary>
    public static DateTimeZone? FindZone(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());

    /// <summary>"HH:MM" or "HH:MM:SS", or null when it is neither.</summary>
    public static LocalTime? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var pattern = text.Trim().Length > 5 ? Seconds : Minutes;
        var result = pattern.Parse(text.Trim());
        return result.Success ? result.Value : null;
    }

    /// <summary>"HH:MM", with seconds only when there are any.</summary>
    public static string Format(LocalTime time) => time.Second == 0 ? Minutes.Format(time) : Seconds.Format(time);

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static LocalDate? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success ? result.Value : null;
    }

    public static ZonedDateTime At(LocalDate date, LocalTime time, DateTimeZone zone) =>
        zone.ResolveLocal(date.At(time), Resolver);

    public static Instant StartOfDay(LocalDate date, DateTimeZone zone) => At(date, LocalTime.Midnight, zone).ToInstant();

    /// <summary>Instants are kept to the second: the database stores them at coarser than tick precision.</summary>
    public static Instant ToSecond(Instant instant) => Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());
}
