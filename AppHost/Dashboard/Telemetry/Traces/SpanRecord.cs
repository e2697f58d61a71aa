namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>One span as received; ids are lower-case hex, the parent is null for a root.</summary>
internal sealed record SpanRecord(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    SpanKind Kind,
    string Resource,
    string Scope,
    long StartUnixNanos,
    long EndUnixNanos,
    SpanStatus Status,
    string? StatusMessage,
    IReadOnlyList<TelemetryAttribute> Attributes,
    IReadOnlyList<SpanEventRecord> Events)
{
    public long DurationNanos => Math.Max(0, EndUnixNanos - StartUnixNanos);
}
