namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>
/// One interval of a chart, all attribute sets added up. Counters fill <see cref="Value"/> (the increase) and
/// <see cref="Rate"/> (per second); gauges fill <see cref="Value"/>; histograms fill the count, rate and percentiles.
/// </summary>
internal sealed record MetricSeriesPoint(
    DateTimeOffset Time,
    double? Value = null,
    double? Rate = null,
    double? Count = null,
    double? P50 = null,
    double? P95 = null,
    double? P99 = null,
    double? Mean = null);
