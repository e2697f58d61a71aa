namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

public enum SpanKind
{
    Unspecified,
    Internal,
    Server,
    Client,
    Producer,
    Consumer,
}
