using System.Data;

namespace Telehealth.ServiceDefaults.Telemetry;

/// <summary>
/// Which SQL commands get a span of their own. A session report reads about ten times and writes
/// once; a span for each read made the report's trace a dozen spans long and, with the trace
/// export, cost more CPU than the reads. Writes keep their span (they are where a change can fail
/// or wait for the write turn), reads get one only with Telemetry:SqlReadSpans=true. The call's
/// own span still covers the time its reads took.
/// </summary>
internal static class SqlCommandSpans
{
    public const string ReadSpansSetting = "Telemetry:SqlReadSpans";

    public static Func<string?, IDbCommand, bool> Filter(bool readSpans) =>
        readSpans ? static (_, _) => true : static (_, command) => !IsRead(command.CommandText);

    internal static bool IsRead(string? commandText)
    {
        var text = commandText.AsSpan().TrimStart();
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }
}
