namespace Telehealth.AppHost.Dashboard.Telemetry.Logs;

internal static class LogSeverities
{
    /// <summary>OTLP severity numbers come in fours (TRACE..TRACE4, DEBUG..DEBUG4, ...); each four is one level.</summary>
    public static LogSeverity FromSeverityNumber(int severity) => severity switch
    {
        >= 21 => LogSeverity.Critical,
        >= 17 => LogSeverity.Error,
        >= 13 => LogSeverity.Warning,
        >= 9 => LogSeverity.Information,
        >= 5 => LogSeverity.Debug,
        >= 1 => LogSeverity.Trace,
        _ => LogSeverity.Unspecified,
    };

    /// <summary>Accepts .NET's names and OTLP's short ones (info, warn, fatal), any case.</summary>
    public static bool TryParse(string? text, out LogSeverity level)
    {
        level = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "trace" => LogSeverity.Trace,
            "debug" => LogSeverity.Debug,
            "info" or "information" => LogSeverity.Information,
            "warn" or "warning" => LogSeverity.Warning,
            "error" => LogSeverity.Error,
            "fatal" or "critical" => LogSeverity.Critical,
            _ => LogSeverity.Unspecified,
        };
        return level != LogSeverity.Unspecified;
    }
}
