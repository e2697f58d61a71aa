using System.Globalization;

namespace Telehealth.Cli.Input;

/// <summary>Times of day as people type them, "9:00" or "17:30", written back as the services take them, "09:00".</summary>
internal static class ClockTimes
{
    public const string Help = "HH:MM, e.g. 09:00";

    private static readonly string[] Formats = ["H:mm", "HH:mm"];

    public static bool TryParse(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
