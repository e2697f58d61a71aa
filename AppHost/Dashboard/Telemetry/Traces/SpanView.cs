namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>A span placed in its trace: offset from the trace's start and depth below its root, for the waterfall.</summary>
internal sealed record SpanView(
    string SpanId,
    string? ParentSpanId,
    string Name,
    SpanKind Kind,
    string Resource,
    string Scope,
    DateTimeOffset Start,
    double StartOffsetMs,
    double DurationMs,
    int Depth,
    SpanStatus Status,
    string? StatusMessage,
    IReadOnlyList<TelemetryAttribute> Attributes,
    IReadOnlyList<SpanEventView> Events);
