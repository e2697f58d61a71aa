using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>Local hours on one day of the week (work hours, a therapist's weekly hours); end after start.</summary>
public sealed record DailyHours(IsoDayOfWeek Day, LocalTime Start, LocalTime End)
{
    /// <summary>These hours on <paramref name="date"/> as instants, or null when the date is another weekday.</summary>
    public Interval? On(LocalDate date, DateTimeZone zone) =>
        date.DayOfWeek != Day
            ? null
            : new Interval(WallClock.At(date, Start, zone).ToInstant(), WallClock.At(date, End, zone).ToInstant());
}
