using Telehealth.AppHost.Dashboard.Otlp.Metrics.V1;
using Telehealth.AppHost.Dashboard.Telemetry.Metrics;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>
/// Rewrites an exponential histogram as explicit buckets, so one percentile estimator serves both.
/// Positive bucket i covers (base^i, base^(i+1)] with base = 2^(2^-scale); zero and negative
/// measurements (never latencies) are folded into the bucket at or below the zero threshold.
/// </summary>
internal static class ExponentialBuckets
{
    public static HistogramValue ToExplicit(ExponentialHistogramDataPoint point)
    {
        var bucketBase = Math.Pow(2, Math.Pow(2, -point.Scale));
        var positive = point.Positive?.BucketCounts ?? [];
        var offset = point.Positive?.Offset ?? 0;
        var negatives = point.Negative?.BucketCounts.Sum(count => (double)count) ?? 0;

        var bounds = new List<double> { point.ZeroThreshold };
        var counts = new List<double> { point.ZeroCount + negatives };
        if (positive.Count > 0)
        {
            bounds.Add(Math.Pow(bucketBase, offset));
            counts.Add(0);
            for (var i = 0; i < positive.Count; i++)
            {
                bounds.Add(Math.Pow(bucketBase, offset + i + 1));
                counts.Add(positive[i]);
            }
        }
        counts.Add(0);
        return new HistogramValue(
            bounds,
            counts,
            point.Count,
            point.HasSum ? point.Sum : 0,
            point.HasMin ? point.Min : null,
            point.HasMax ? point.Max : null);
    }
}
