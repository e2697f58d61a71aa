namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>
/// Percentiles from bucket counts, assuming measurements spread evenly inside each bucket (what Prometheus'
/// histogram_quantile does). Works on any mix of buckets, so histograms with different bounds merge.
/// </summary>
internal static class QuantileEstimator
{
    private const int Iterations = 64;

    public static double? Estimate(IReadOnlyList<BucketRange> ranges, double quantile)
    {
        var total = ranges.Sum(range => range.Count);
        if (total <= 0 || ranges.Count == 0)
        {
            return null;
        }
        var target = Math.Clamp(quantile, 0, 1) * total;
        var low = ranges.Min(range => range.Lower);
        var high = ranges.Max(range => range.Upper);
        // The share of measurements at or below x only grows with x, so bisection finds where it reaches the target.
        for (var i = 0; i < Iterations && high - low > 0; i++)
        {
            var middle = low + (high - low) / 2;
            if (CountAtOrBelow(ranges, middle) >= target)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return high;
    }

    private static double CountAtOrBelow(IReadOnlyList<BucketRange> ranges, double x)
    {
        var count = 0.0;
        foreach (var range in ranges)
        {
            if (x >= range.Upper)
            {
                count += range.Count;
            }
            else if (x > range.Lower)
            {
                count += range.Count * (x - range.Lower) / (range.Upper - range.Lower);
            }
        }
        return count;
    }
}
