namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>
/// Turns raw points into chartable intervals. Cumulative points become increases between consecutive
/// reports (a drop or a new start time means the process restarted); then the increases of every
/// attribute set that fall in the same <c>resolution</c> window are added up.
/// </summary>
internal static class MetricSeriesBuilder
{
    public static IReadOnlyList<MetricSeriesPoint> Build(
        InstrumentKind kind,
        MetricTemporality temporality,
        IReadOnlyList<IReadOnlyList<MetricPoint>> streams,
        TimeSpan resolution)
    {
        var window = Math.Max(1, UnixTime.ToNanos(DateTimeOffset.UnixEpoch + resolution));
        return kind switch
        {
            InstrumentKind.Counter => Counters(streams.SelectMany(points => Increases(points, temporality)), window),
            InstrumentKind.Histogram => Histograms(streams.SelectMany(points => Increases(points, temporality)), window),
            _ => Gauges(streams, window),
        };
    }

    private static List<MetricSeriesPoint> Counters(IEnumerable<Increase> increases, long window) =>
        increases
            .GroupBy(increase => increase.Time / window)
            .OrderBy(group => group.Key)
            .Select(group => new MetricSeriesPoint(
                UnixTime.FromNanos(group.Max(increase => increase.Time)),
                Value: group.Sum(increase => increase.Amount),
                Rate: SumOfRates(group)))
            .ToList();

    private static List<MetricSeriesPoint> Histograms(IEnumerable<Increase> increases, long window) =>
        increases
            .Where(increase => increase.Histogram is not null)
            .GroupBy(increase => increase.Time / window)
            .OrderBy(group => group.Key)
            .Select(group =>
            {
                var ranges = group.SelectMany(increase => increase.Histogram!.Ranges()).ToList();
                var count = group.Sum(increase => increase.Histogram!.Count);
                var sum = group.Sum(increase => increase.Histogram!.Sum);
                return new MetricSeriesPoint(
                    UnixTime.FromNanos(group.Max(increase => increase.Time)),
                    Count: count,
                    Rate: SumOfRates(group),
                    P50: QuantileEstimator.Estimate(ranges, 0.50),
                    P95: QuantileEstimator.Estimate(ranges, 0.95),
                    P99: QuantileEstimator.Estimate(ranges, 0.99),
                    Mean: count > 0 ? sum / count : null);
            })
            .ToList();

    /// <summary>A gauge's attribute sets are added up, each with the last value it reported in the window.</summary>
    private static List<MetricSeriesPoint> Gauges(IEnumerable<IReadOnlyList<MetricPoint>> streams, long window) =>
        streams
            .SelectMany(points => points.GroupBy(point => point.TimeUnixNanos / window).Select(group => group.Last()))
            .GroupBy(point => point.TimeUnixNanos / window)
            .OrderBy(group => group.Key)
            .Select(group => new MetricSeriesPoint(
                UnixTime.FromNanos(group.Max(point => point.TimeUnixNanos)),
                Value: group.Sum(point => point.Value)))
            .ToList();

    /// <summary>
    /// What each report adds: a delta point is that already; a cumulative point adds its difference from the
    /// previous one, or everything since the stream's start when there is no previous one or the stream restarted.
    /// </summary>
    private static IEnumerable<Increase> Increases(IReadOnlyList<MetricPoint> points, MetricTemporality temporality)
    {
        MetricPoint? previous = null;
        foreach (var point in points)
        {
            var sameRun = previous is not null && previous.StartUnixNanos == point.StartUnixNanos;
            if (temporality == MetricTemporality.Cumulative && sameRun && Difference(point, previous!) is { } difference)
            {
                yield return difference with { Seconds = Seconds(previous!.TimeUnixNanos, point.TimeUnixNanos) };
            }
            else
            {
                var start = point.StartUnixNanos > 0 ? point.StartUnixNanos : previous?.TimeUnixNanos;
                yield return new Increase(point.TimeUnixNanos, Seconds(start, point.TimeUnixNanos), point.Histogram?.Count ?? point.Value, point.Histogram);
            }
            previous = point;
        }
    }

    private static Increase? Difference(MetricPoint later, MetricPoint earlier)
    {
        if (later.Histogram is { } histogram)
        {
            return earlier.Histogram is { } before && histogram.Since(before) is { } change
                ? new Increase(later.TimeUnixNanos, null, change.Count, change)
                : null;
        }
        return later.Value >= earlier.Value ? new Increase(later.TimeUnixNanos, null, later.Value - earlier.Value, null) : null;
    }

    private static double? Seconds(long? from, long to) =>
        from is { } start && start < to ? (to - start) / 1_000_000_000.0 : null;

    private static double? SumOfRates(IEnumerable<Increase> increases)
    {
        var timed = increases.Where(increase => increase.Seconds is > 0).ToList();
        return timed.Count == 0 ? null : timed.Sum(increase => increase.Amount / increase.Seconds!.Value);
    }

    /// <summary>What one report of one attribute set added: a count, or a histogram whose count it is.</summary>
    private sealed record Increase(long Time, double? Seconds, double Amount, HistogramValue? Histogram);
}
