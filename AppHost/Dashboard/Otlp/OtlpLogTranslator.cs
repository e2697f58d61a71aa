using Telehealth.AppHost.Dashboard.Otlp.Collector.Logs.V1;
using Telehealth.AppHost.Dashboard.Otlp.Logs.V1;
using Telehealth.AppHost.Dashboard.Telemetry;
using Telehealth.AppHost.Dashboard.Telemetry.Logs;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>OTLP log records to the store's entries, with message templates filled in from the attributes.</summary>
internal static class OtlpLogTranslator
{
    /// <summary>Where older .NET exporters put the message template when the body holds the formatted text.</summary>
    private const string OriginalFormat = "{OriginalFormat}";

    public static IReadOnlyList<LogEntry> Translate(ExportLogsServiceRequest request, TelemetryLimits limits)
    {
        var entries = new List<LogEntry>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var resource = OtlpValues.ServiceName(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var category = scopeLogs.Scope?.Name ?? "";
                entries.AddRange(scopeLogs.LogRecords.Select(record => Translate(record, resource, category, limits)));
            }
        }
        return entries;
    }

    private static LogEntry Translate(LogRecord record, string resource, string category, TelemetryLimits limits)
    {
        var attributes = OtlpValues.Attributes(record.Attributes, limits.MaxValueLength);
        var body = OtlpValues.Text(record.Body);
        if (body.Length == 0)
        {
            body = attributes.FirstOrDefault(attribute => attribute.Key == OriginalFormat)?.Value ?? record.EventName;
        }
        // Collectors fill only the observed time when the source gave none.
        var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
        var level = LogSeverities.FromSeverityNumber((int)record.SeverityNumber);
        if (level == LogSeverity.Unspecified && LogSeverities.TryParse(record.SeverityText, out var named))
        {
            level = named;
        }
        return new LogEntry(
            0,
            UnixTime.FromNanos(OtlpValues.Nanos(time)),
            resource,
            category,
            level,
            OtlpValues.Cut(LogMessageTemplate.Render(body, attributes), limits.MaxValueLength),
            attributes.Where(attribute => attribute.Key != OriginalFormat).ToList(),
            OtlpValues.Id(record.TraceId),
            OtlpValues.Id(record.SpanId));
    }
}
