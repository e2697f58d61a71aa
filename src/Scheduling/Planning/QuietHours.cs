using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// Local hours, every day, when the patient does not want to be reminded of anything; they may
/// wrap midnight (22:00–07:00).
/// </summary>
public sealed record QuietHours(LocalTime Start, LocalTime End)
{
    public bool WrapsMidnight => End < Start;

    public bool Contains(LocalTime time) =>
        WrapsMidnight ? time >= Start || time < End : time >= Start && time < End;

    /// <summary>Whether any of the local hours [start, end) of one day are quiet.</summary>
    public bool Overlaps(LocalTime start, LocalTime end) =>
        WrapsMidnight ? end > Start || start < End : start < End && Start < end;

    public bool Contains(Instant instant, DateTimeZone zone) => Contains(instant.InZone(zone).TimeOfDay);

    /// <summary>
    /// Where a reminder due at <paramref name="due"/> goes: as it is outside quiet hours; else at the
    /// end of the quiet hours if that is still before <paramref name="usefulUntil"/>; else nowhere
    /// (null). <paramref name="breakThrough"/> (urgent matters) ignores the quiet hours.
    /// </summary>
    public Instant? Place(Instant due, Instant usefulUntil, DateTimeZone zone, bool breakThrough = false)
    {
        if (breakThrough || !Contains(due, zone))
        {
            return due;
        }
        var end = EndOfQuietPeriodContaining(due, zone);
        return end < usefulUntil ? end : null;
    }

    /// <summary>The quiet periods that touch [from, to), as instants.</summary>
    public IReadOnlyList<Interval> Between(Instant from, Instant to, DateTimeZone zone)
    {
        var periods = new List<Interval>();
        var last = to.InZone(zone).Date.PlusDays(1);
        for (var date = from.InZone(zone).Date.PlusDays(-1); date <= last; date = date.PlusDays(1))
        {
            var start = WallClock.At(date, Start, zone).ToInstant();
            var end = WallClock.At(WrapsMidnight ? date.PlusDays(1) : date, End, zone).ToInstant();
            if (end > start && start < to && end > from)
            {
                periods.Add(new Interval(start, end));
            }
        }
        return periods;
    }

    private Instant EndOfQuietPeriodContaining(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        var endDate = WrapsMidnight && local.TimeOfDay >= Start ? local.Date.PlusDays(1) : local.Date;
        return WallClock.At(endDate, End, zone).ToInstant();
    }
}
