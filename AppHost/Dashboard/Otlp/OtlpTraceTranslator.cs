using Telehealth.AppHost.Dashboard.Otlp.Collector.Trace.V1;
using Telehealth.AppHost.Dashboard.Telemetry;
using Telehealth.AppHost.Dashboard.Telemetry.Traces;
using OtlpSpan = Telehealth.AppHost.Dashboard.Otlp.Trace.V1.Span;
using OtlpStatusCode = Telehealth.AppHost.Dashboard.Otlp.Trace.V1.Status.Types.StatusCode;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>OTLP spans to the store's records; spans without valid ids are counted as rejected.</summary>
internal static class OtlpTraceTranslator
{
    public static (IReadOnlyList<SpanRecord> Spans, int Rejected) Translate(ExportTraceServiceRequest request, TelemetryLimits limits)
    {
        var spans = new List<SpanRecord>();
        var rejected = 0;
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = OtlpValues.ServiceName(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scope = scopeSpans.Scope?.Name ?? "";
                foreach (var span in scopeSpans.Spans)
                {
                    if (Translate(span, resource, scope, limits) is { } record)
                    {
                        spans.Add(record);
                    }
                    else
                    {
                        rejected++;
                    }
                }
            }
        }
        return (spans, rejected);
    }

    private static SpanRecord? Translate(OtlpSpan span, string resource, string scope, TelemetryLimits limits)
    {
        var traceId = OtlpValues.Id(span.TraceId);
        var spanId = OtlpValues.Id(span.SpanId);
        if (traceId is null || spanId is null)
        {
            return null;
        }
        var start = OtlpValues.Nanos(span.StartTimeUnixNano);
        var end = Math.Max(start, OtlpValues.Nanos(span.EndTimeUnixNano));
        return new SpanRecord(
            traceId,
            spanId,
            OtlpValues.Id(span.ParentSpanId),
            OtlpValues.Cut(span.Name, limits.MaxValueLength),
            Kind(span.Kind),
            resource,
            scope,
            start,
            end,
            Status(span.Status?.Code),
            string.IsNullOrEmpty(span.Status?.Message) ? null : OtlpValues.Cut(span.Status.Message, limits.MaxValueLength),
            OtlpValues.Attributes(span.Attributes, limits.MaxValueLength),
            span.Events
                .Select(e => new SpanEventRecord(e.Name, OtlpValues.Nanos(e.TimeUnixNano), OtlpValues.Attributes(e.Attributes, limits.MaxValueLength)))
                .ToList());
    }

    private static SpanKind Kind(OtlpSpan.Types.SpanKind kind) => kind switch
    {
        OtlpSpan.Types.SpanKind.Internal => SpanKind.Internal,
        OtlpSpan.Types.SpanKind.Server => SpanKind.Server,
        OtlpSpan.Types.SpanKind.Client => SpanKind.Client,
        OtlpSpan.Types.SpanKind.Producer => SpanKind.Producer,
        OtlpSpan.Types.SpanKind.Consumer => SpanKind.Consumer,
        _ => SpanKind.Unspecified,
    };

    private static SpanStatus Status(OtlpStatusCode? code) => code switch
    {
        OtlpStatusCode.Ok => SpanStatus.Ok,
        OtlpStatusCode.Error => SpanStatus.Error,
        _ => SpanStatus.Unset,
    };
}
