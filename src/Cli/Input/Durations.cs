using System.Globalization;
using System.Text.RegularExpressions;

namespace Telehealth.Cli.Input;

/// <summary>Durations as people type them: 90s, 15m, 8h, 2d, 1h30m, or 01:30:00.</summary>
internal static partial class Durations
{
    public const string Help = "e.g. 30s, 15m, 8h, 1d, 1h30m";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.Contains(':') && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out duration))
        {
            return duration > TimeSpan.Zero;
        }
        var parts = Part().Matches(trimmed);
        if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)) != trimmed)
        {
            return false;
        }
        foreach (Match part in parts)
        {
            var amount = double.Parse(part.Groups["amount"].Value, CultureInfo.InvariantCulture);
            duration += part.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }
        return duration > TimeSpan.Zero;
    }

    /// <summary>"15 s", "8 h", "1 h 30 min": for messages.</summary>
    public static string Describe(TimeSpan duration) => duration switch
    {
        { TotalSeconds: < 1 } => $"{duration.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } => $"{duration.TotalSeconds:0.#} s",
        { TotalHours: < 1 } => $"{duration.Minutes} min" + (duration.Seconds > 0 ? $" {duration.Seconds} s" : ""),
        { TotalDays: < 1 } => $"{(int)duration.TotalHours} h" + (duration.Minutes > 0 ? $" {duration.Minutes} min" : ""),
        _ => $"{duration.TotalDays:0.#} d",
    };

    [GeneratedRegex(@"(?<amount>\d+(\.\d+)?)(?<unit>ms|s|m|h|d)")]
    private static partial Regex Part();
}
