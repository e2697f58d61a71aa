namespace Telehealth.AppHost.Dashboard.Telemetry.Logs;

/// <summary>One structured log record; <see cref="Sequence"/> is assigned by the store and only grows.</summary>
internal sealed record LogEntry(
    long Sequence,
    DateTimeOffset Time,
    string Resource,
    string Category,
    LogSeverity Level,
    string Message,
    IReadOnlyList<TelemetryAttribute> Attributes,
    string? TraceId,
    string? SpanId);
