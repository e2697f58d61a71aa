namespace Telehealth.Cli.Input;

/// <summary>
/// Working hours on some days of the week, as typed after --hours: "mon-fri 09:00-17:00",
/// "mon,wed 13:00-17:30". The end is after the start on the same day.
/// </summary>
internal sealed record HoursSpec(IReadOnlyList<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    public const string Syntax = "\"<days> <from>-<to>\", e.g. \"mon-fri 09:00-17:00\"";

    public static HoursSpec Parse(string text, string option)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var times = parts.Length == 2 ? parts[1].Split('-', StringSplitOptions.TrimEntries) : [];
        if (times.Length != 2)
        {
            throw CliException.Usage($"{option} \"{text}\": give the days, a space, then the hours ({Syntax}).");
        }
        return Of(Weekdays.Parse(parts[0], option), times[0], times[1], $"{option} \"{text}\"");
    }

    /// <summary>Days and the two times typed separately (--days, --from, --to).</summary>
    public static HoursSpec Of(IReadOnlyList<DayOfWeek> days, string from, string to, string where)
    {
        var start = ClockTimes.TryParse(from, out var parsedFrom) ? parsedFrom : throw BadTime(where, from);
        var end = ClockTimes.TryParse(to, out var parsedTo) ? parsedTo : throw BadTime(where, to);
        if (end <= start)
        {
            throw CliException.Usage($"{where}: the hours must end after they start on the same day, not {ClockTimes.Format(start)} to {ClockTimes.Format(end)}.");
        }
        return new HoursSpec(days, start, end);
    }

    private static CliException BadTime(string where, string text) =>
        CliException.Usage($"{where}: '{text}' is not a time of day ({ClockTimes.Help}).");
}
