namespace Telehealth.AppHost.Dashboard.Telemetry.Logs;

/// <summary>Filters of the structured logs page; <see cref="MinimumLevel"/> includes everything more severe.</summary>
internal sealed record LogQuery(
    string? Resource = null,
    LogSeverity MinimumLevel = LogSeverity.Unspecified,
    string? Text = null,
    string? TraceId = null,
    int Limit = 500)
{
    public bool Matches(LogEntry entry) =>
        (string.IsNullOrEmpty(Resource) || entry.Resource == Resource)
        && entry.Level >= MinimumLevel
        && (string.IsNullOrEmpty(TraceId) || string.Equals(entry.TraceId, TraceId, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Text) || Contains(entry, Text));

    private static bool Contains(LogEntry entry, string text) =>
        entry.Message.Contains(text, StringComparison.OrdinalIgnoreCase)
        || entry.Category.Contains(text, StringComparison.OrdinalIgnoreCase)
        || entry.Attributes.Any(attribute => attribute.Value.Contains(text, StringComparison.OrdinalIgnoreCase));
}
