namespace Telehealth.AppHost.Dashboard.Telemetry.Traces;

internal enum SpanKind
{
    Unspecified,
    Internal,
    Server,
    Client,
    Producer,
    Consumer,
}
