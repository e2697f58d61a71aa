namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>One reported value of one stream: a number for sums and gauges, a histogram for histograms.</summary>
internal sealed record MetricPoint(long StartUnixNanos, long TimeUnixNanos, double Value, HistogramValue? Histogram = null);
