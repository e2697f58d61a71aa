using System.Globalization;
using System.Text.RegularExpressions;

namespace Telehealth.Cli.Input;

/// <summary>
/// Instants as people type them: "2026-12-01 14:30" in the machine's time zone, or with an explicit
/// offset ("2026-12-01T14:30+01:00", "…Z").
/// </summary>
internal static partial class LocalTimes
{
    public const string Help = "e.g. \"2026-12-01 14:30\" (local time) or 2026-12-01T14:30Z";

    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        var trimmed = text.Trim();
        if (ExplicitOffset().IsMatch(trimmed))
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
        }
        if (DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (zone.IsInvalidTime(local))
            {
                instant = default;
                return false;
            }
            instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
            return true;
        }
        instant = default;
        return false;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOffset();
}
