using Telehealth.AppHost.Dashboard.Otlp.Collector.Metrics.V1;
using Telehealth.AppHost.Dashboard.Otlp.Metrics.V1;
using Telehealth.AppHost.Dashboard.Telemetry;
using Telehealth.AppHost.Dashboard.Telemetry.Metrics;
using OtlpMetric = Telehealth.AppHost.Dashboard.Otlp.Metrics.V1.Metric;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>
/// Records OTLP metric points in the store. Sums, gauges and explicit-bucket histograms are kept; exponential
/// histograms are turned into explicit buckets; summaries are counted as rejected (nothing here sends them).
/// </summary>
internal static class OtlpMetricTranslator
{
    /// <summary>Records every point of the request and returns how many were rejected.</summary>
    public static int Record(ExportMetricsServiceRequest request, MetricStore store, TelemetryLimits limits)
    {
        var rejected = 0;
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = OtlpValues.ServiceName(resourceMetrics.Resource);
            foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(scope => scope.Metrics))
            {
                rejected += Record(resource, metric, store, limits);
            }
        }
        return rejected;
    }

    private static int Record(string resource, OtlpMetric metric, MetricStore store, TelemetryLimits limits)
    {
        switch (metric.DataCase)
        {
            case OtlpMetric.DataOneofCase.Sum:
                var kind = metric.Sum.IsMonotonic ? InstrumentKind.Counter : InstrumentKind.UpDownCounter;
                return RecordNumbers(resource, Info(metric, kind), Temporality(metric.Sum.AggregationTemporality), metric.Sum.DataPoints, store, limits);
            case OtlpMetric.DataOneofCase.Gauge:
                return RecordNumbers(resource, Info(metric, InstrumentKind.Gauge), MetricTemporality.Cumulative, metric.Gauge.DataPoints, store, limits);
            case OtlpMetric.DataOneofCase.Histogram:
                var temporality = Temporality(metric.Histogram.AggregationTemporality);
                foreach (var point in metric.Histogram.DataPoints)
                {
                    var histogram = new HistogramValue(
                        point.ExplicitBounds.ToArray(),
                        point.BucketCounts.Select(count => (double)count).ToArray(),
                        point.Count,
                        point.HasSum ? point.Sum : 0,
                        point.HasMin ? point.Min : null,
                        point.HasMax ? point.Max : null);
                    Store(resource, Info(metric, InstrumentKind.Histogram), temporality, point.Attributes, point.StartTimeUnixNano, point.TimeUnixNano, histogram, store, limits);
                }
                return 0;
            case OtlpMetric.DataOneofCase.ExponentialHistogram:
                var exponentialTemporality = Temporality(metric.ExponentialHistogram.AggregationTemporality);
                foreach (var point in metric.ExponentialHistogram.DataPoints)
                {
                    Store(resource, Info(metric, InstrumentKind.Histogram), exponentialTemporality, point.Attributes, point.StartTimeUnixNano, point.TimeUnixNano, ExponentialBuckets.ToExplicit(point), store, limits);
                }
                return 0;
            case OtlpMetric.DataOneofCase.Summary:
                return metric.Summary.DataPoints.Count;
            default:
                return 0;
        }
    }

    private static int RecordNumbers(
        string resource,
        InstrumentInfo info,
        MetricTemporality temporality,
        IEnumerable<NumberDataPoint> points,
        MetricStore store,
        TelemetryLimits limits)
    {
        foreach (var point in points)
        {
            var value = point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;
            var attributes = OtlpValues.Attributes(point.Attributes, limits.MaxValueLength);
            store.Record(resource, info, temporality, attributes, new MetricPoint(OtlpValues.Nanos(point.StartTimeUnixNano), OtlpValues.Nanos(point.TimeUnixNano), value));
        }
        return 0;
    }

    private static void Store(
        string resource,
        InstrumentInfo info,
        MetricTemporality temporality,
        Google.Protobuf.Collections.RepeatedField<Common.V1.KeyValue> attributes,
        ulong start,
        ulong time,
        HistogramValue histogram,
        MetricStore store,
        TelemetryLimits limits)
    {
        var point = new MetricPoint(OtlpValues.Nanos(start), OtlpValues.Nanos(time), histogram.Count, histogram);
        store.Record(resource, info, temporality, OtlpValues.Attributes(attributes, limits.MaxValueLength), point);
    }

    private static InstrumentInfo Info(OtlpMetric metric, InstrumentKind kind) =>
        new(metric.Name, metric.Unit, metric.Description, kind);

    private static MetricTemporality Temporality(AggregationTemporality temporality) =>
        temporality == AggregationTemporality.Delta ? MetricTemporality.Delta : MetricTemporality.Cumulative;
}
