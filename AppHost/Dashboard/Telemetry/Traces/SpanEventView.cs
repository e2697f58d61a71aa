namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

internal sealed record SpanEventView(string Name, double OffsetMs, IReadOnlyList<TelemetryAttribute> Attributes);
