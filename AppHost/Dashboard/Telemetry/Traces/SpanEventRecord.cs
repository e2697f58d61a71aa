namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

/// <summary>A time-stamped note inside a span, such as an exception.</summary>
internal sealed record SpanEventRecord(string Name, long TimeUnixNanos, IReadOnlyList<TelemetryAttribute> Attributes);
