namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>One trace for the waterfall: spans in tree order, each parent before its children.</summary>
internal sealed record TraceDetail(
    string TraceId,
    DateTimeOffset Start,
    double DurationMs,
    int SpanCount,
    IReadOnlyList<string> Services,
    IReadOnlyList<SpanView> Spans);
