using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>Set operations on half-open intervals [start, end).</summary>
public static class Intervals
{
    public static bool Overlap(Interval left, Interval right) => left.Start < right.End && right.Start < left.End;

    public static bool Covers(Interval outer, Interval inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    /// <summary>Sorted, with overlapping and touching intervals joined.</summary>
    public static IReadOnlyList<Interval> Merge(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (var interval in intervals.Where(i => i.End > i.Start).OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new Interval(last.Start, Instant.Max(last.End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }
        return merged;
    }

    /// <summary>What of <paramref name="from"/> is left once <paramref name="removed"/> is taken out.</summary>
    public static IReadOnlyList<Interval> Subtract(IEnumerable<Interval> from, IEnumerable<Interval> removed)
    {
        var cuts = Merge(removed);
        var left = new List<Interval>();
        foreach (var interval in Merge(from))
        {
            var start = interval.Start;
            foreach (var cut in cuts.Where(c => Overlap(c, interval)))
            {
                if (cut.Start > start)
                {
                    left.Add(new Interval(start, cut.Start));
                }
                start = Instant.Max(start, cut.End);
            }
            if (start < interval.End)
            {
                left.Add(new Interval(start, interval.End));
            }
        }
        return left;
    }

    /// <summary>The part of an interval inside [from, to); the interval must overlap it.</summary>
    public static Interval Clip(Interval interval, Instant from, Instant to) =>
        new(Instant.Max(interval.Start, from), Instant.Min(interval.End, to));
}
