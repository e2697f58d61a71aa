namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

internal enum SpanStatus
{
    Unset,
    Ok,
    Error,
}
