namespace Telehealth.AppHost.Dashboard.Telemetry.Logs;

/// <summary>OTLP's severity ranges under the names .NET developers know.</summary>
internal enum LogSeverity
{
    Unspecified = 0,
    Trace = 1,
    Debug = 5,
    Information = 9,
    Warning = 13,
    Error = 17,
    Critical = 21,
}
