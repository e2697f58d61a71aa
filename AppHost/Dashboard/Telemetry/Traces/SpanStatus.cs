namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

public enum SpanStatus
{
    Unset,
    Ok,
    Error,
}
