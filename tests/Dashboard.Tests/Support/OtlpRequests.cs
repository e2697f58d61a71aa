using System.Security.Cryptography;
using Google.Protobuf;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Logs.V1;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Metrics.V1;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Trace.V1;
using Telehealth.AppHost.Dashboard.Otlp.Common.V1;
using Telehealth.AppHost.Dashboard.Otlp.Logs.V1;
using Telehealth.AppHost.Dashboard.Otlp.Metrics.V1;
using Telehealth.AppHost.Dashboard.Otlp.Resource.V1;
using Telehealth.AppHost.Dashboard.Otlp.Trace.V1;

namespace Telehealth.AppHost.Dashboard.Tests.Support;

/// <summary>Builds the OTLP requests a .NET exporter would send, from the generated message classes.</summary>
internal static class OtlpRequests
{
    public static ByteString NewTraceId() => ByteString.CopyFrom(RandomNumberGenerator.GetBytes(16));

    public static ByteString NewSpanId() => ByteString.CopyFrom(RandomNumberGenerator.GetBytes(8));

    public static string Hex(ByteString id) => Convert.ToHexStringLower(id.Span);

    public static ulong Nanos(DateTimeOffset time) => (ulong)(time - DateTimeOffset.UnixEpoch).Ticks * 100;

    public static KeyValue Attribute(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    public static KeyValue Attribute(string key, long value) => new() { Key = key, Value = new AnyValue { IntValue = value } };

    public static Resource Service(string name) => new()
    {
        Attributes = { Attribute("service.name", name), Attribute("service.instance.id", $"{name}-1") },
    };

    public static Span Span(
        ByteString traceId,
        ByteString spanId,
        ByteString? parentId,
        string name,
        Span.Types.SpanKind kind,
        DateTimeOffset start,
        TimeSpan duration,
        params KeyValue[] attributes)
    {
        var span = new Span
        {
            TraceId = traceId,
            SpanId = spanId,
            Name = name,
            Kind = kind,
            StartTimeUnixNano = Nanos(start),
            EndTimeUnixNano = Nanos(start + duration),
        };
        if (parentId is not null)
        {
            span.ParentSpanId = parentId;
        }
        span.Attributes.AddRange(attributes);
        return span;
    }

    public static ExportTraceServiceRequest Traces(string service, params Span[] spans) => new()
    {
        ResourceSpans =
        {
            new ResourceSpans
            {
                Resource = Service(service),
                ScopeSpans = { new ScopeSpans { Scope = new InstrumentationScope { Name = "Microsoft.AspNetCore" }, Spans = { spans } } },
            },
        },
    };

    public static LogRecord Log(DateTimeOffset time, SeverityNumber severity, string template, ByteString? traceId = null, ByteString? spanId = null, params KeyValue[] attributes)
    {
        var record = new LogRecord
        {
            TimeUnixNano = Nanos(time),
            ObservedTimeUnixNano = Nanos(time),
            SeverityNumber = severity,
            SeverityText = severity.ToString(),
            Body = new AnyValue { StringValue = template },
        };
        if (traceId is not null)
        {
            record.TraceId = traceId;
        }
        if (spanId is not null)
        {
            record.SpanId = spanId;
        }
        record.Attributes.AddRange(attributes);
        return record;
    }

    public static ExportLogsServiceRequest Logs(string service, string category, params LogRecord[] records) => new()
    {
        ResourceLogs =
        {
            new ResourceLogs
            {
                Resource = Service(service),
                ScopeLogs = { new ScopeLogs { Scope = new InstrumentationScope { Name = category }, LogRecords = { records } } },
            },
        },
    };

    public static ExportMetricsServiceRequest Metrics(string service, params Metric[] metrics) => new()
    {
        ResourceMetrics =
        {
            new ResourceMetrics
            {
                Resource = Service(service),
                ScopeMetrics = { new ScopeMetrics { Scope = new InstrumentationScope { Name = "Telehealth.Test" }, Metrics = { metrics } } },
            },
        },
    };

    /// <summary>A cumulative monotonic sum (a .NET Counter), one point per attribute set given.</summary>
    public static Metric Counter(string name, string unit, DateTimeOffset start, DateTimeOffset time, long value, params KeyValue[] attributes)
    {
        var point = new NumberDataPoint { StartTimeUnixNano = Nanos(start), TimeUnixNano = Nanos(time), AsInt = value };
        point.Attributes.AddRange(attributes);
        return new Metric
        {
            Name = name,
            Unit = unit,
            Description = $"{name} for tests",
            Sum = new Sum { IsMonotonic = true, AggregationTemporality = AggregationTemporality.Cumulative, DataPoints = { point } },
        };
    }

    public static Metric Gauge(string name, string unit, DateTimeOffset time, double value) => new()
    {
        Name = name,
        Unit = unit,
        Gauge = new Gauge { DataPoints = { new NumberDataPoint { TimeUnixNano = Nanos(time), AsDouble = value } } },
    };

    /// <summary>A cumulative explicit-bucket histogram point; <paramref name="counts"/> has one more entry than <paramref name="bounds"/>.</summary>
    public static Metric Histogram(string name, string unit, DateTimeOffset start, DateTimeOffset time, double[] bounds, ulong[] counts, double sum, params KeyValue[] attributes)
    {
        var point = new HistogramDataPoint
        {
            StartTimeUnixNano = Nanos(start),
            TimeUnixNano = Nanos(time),
            Count = (ulong)counts.Sum(c => (long)c),
            Sum = sum,
        };
        point.ExplicitBounds.AddRange(bounds);
        point.BucketCounts.AddRange(counts);
        point.Attributes.AddRange(attributes);
        return new Metric
        {
            Name = name,
            Unit = unit,
            Description = $"{name} for tests",
            Histogram = new Histogram { AggregationTemporality = AggregationTemporality.Cumulative, DataPoints = { point } },
        };
    }
}
