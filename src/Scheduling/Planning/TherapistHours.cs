using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>When a therapist takes appointments: weekly local hours in their zone, with exceptions.</summary>
public sealed record TherapistHours(DateTimeZone Zone, IReadOnlyList<DailyHours> Weekly, IReadOnlyList<AvailabilityException> Exceptions)
{
    /// <summary>The therapist's available time within [from, to): weekly hours plus extra hours, less time away.</summary>
    public IReadOnlyList<Interval> AvailableBetween(Instant from, Instant to)
    {
        if (to <= from)
        {
            return [];
        }
        var hours = new List<Interval>();
        var last = to.InZone(Zone).Date.PlusDays(1);
        for (var date = from.InZone(Zone).Date.PlusDays(-1); date <= last; date = date.PlusDays(1))
        {
            foreach (var daily in Weekly)
            {
                if (daily.On(date, Zone) is { } interval)
                {
                    hours.Add(interval);
                }
            }
        }
        hours.AddRange(Exceptions.Where(e => e.Available).Select(e => e.Period));
        var away = Exceptions.Where(e => !e.Available).Select(e => e.Period);
        return Intervals.Subtract(hours, away)
            .Where(i => i.Start < to && i.End > from)
            .Select(i => Intervals.Clip(i, from, to))
            .ToList();
    }
}
