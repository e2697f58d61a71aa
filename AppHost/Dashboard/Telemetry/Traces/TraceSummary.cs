namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>A row of the traces list.</summary>
internal sealed record TraceSummary(
    string TraceId,
    string RootName,
    string RootResource,
    DateTimeOffset Start,
    double DurationMs,
    int SpanCount,
    IReadOnlyList<string> Services,
    bool HasError);
