namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>
/// An explicit-bucket histogram: <see cref="Counts"/> has one more entry than <see cref="Bounds"/>, for
/// (-inf, b0], (b0, b1], ..., (b_last, +inf). Exponential histograms are converted to this shape on arrival.
/// </summary>
internal sealed record HistogramValue(
    IReadOnlyList<double> Bounds,
    IReadOnlyList<double> Counts,
    double Count,
    double Sum,
    double? Min,
    double? Max)
{
    /// <summary>What happened between <paramref name="earlier"/> and this cumulative point; null when the stream restarted.</summary>
    public HistogramValue? Since(HistogramValue earlier)
    {
        if (Count < earlier.Count || Counts.Count != earlier.Counts.Count || !Bounds.SequenceEqual(earlier.Bounds))
        {
            return null;
        }
        var counts = new double[Counts.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Counts[i] - earlier.Counts[i];
            if (counts[i] < 0)
            {
                return null;
            }
        }
        // Min and max are extremes since the start, not of this interval, so they no longer apply.
        return new HistogramValue(Bounds, counts, Count - earlier.Count, Sum - earlier.Sum, null, null);
    }

    /// <summary>Non-empty buckets with finite edges: the open ends are closed by min and max, or by the nearest bound.</summary>
    public IEnumerable<BucketRange> Ranges()
    {
        for (var i = 0; i < Counts.Count; i++)
        {
            if (Counts[i] <= 0)
            {
                continue;
            }
            var lower = i == 0 ? FirstLower() : Bounds[i - 1];
            var upper = i < Bounds.Count ? Bounds[i] : LastUpper();
            yield return new BucketRange(Math.Min(lower, upper), upper, Counts[i]);
        }
    }

    private double FirstLower()
    {
        if (Bounds.Count == 0)
        {
            return Min ?? 0;
        }
        return Min is { } min && min <= Bounds[0] ? min : Math.Min(0, Bounds[0]);
    }

    private double LastUpper()
    {
        if (Bounds.Count == 0)
        {
            return Max ?? (Count > 0 ? Sum / Count : 0);
        }
        return Max is { } max && max >= Bounds[^1] ? max : Bounds[^1];
    }
}
