namespace Telehealth.Cli.Input;

/// <summary>
/// Days of the week as people list them: "mon,wed,fri", "mon-fri", "sat,sun", in any case; two
/// letters are enough and needed ("tu" and "th", "sa" and "su"). Monday first, each day once.
/// </summary>
internal static class Weekdays
{
    public const string Help = "e.g. mon,wed,fri or mon-fri";

    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The days, Monday first; a usage error naming <paramref name="option"/> and the word it could not read.</summary>
    public static IReadOnlyList<DayOfWeek> Parse(string text, string option)
    {
        var days = new HashSet<DayOfWeek>();
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw Bad(option, text);
        }
        foreach (var part in parts)
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length == 2)
            {
                var (first, last) = (Index(Day(range[0], option)), Index(Day(range[1], option)));
                // "fri-mon" wraps over the weekend.
                for (var i = first; ; i = (i + 1) % 7)
                {
                    days.Add(MondayFirst[i]);
                    if (i == last)
                    {
                        break;
                    }
                }
            }
            else if (range.Length == 1)
            {
                days.Add(Day(part, option));
            }
            else
            {
                throw Bad(option, part);
            }
        }
        return MondayFirst.Where(days.Contains).ToList();
    }

    /// <summary>"mon", as the days are written back.</summary>
    public static string ShortName(DayOfWeek day) => day.ToString()[..3].ToLowerInvariant();

    private static DayOfWeek Day(string word, string option)
    {
        if (word.Length >= 2)
        {
            foreach (var day in MondayFirst)
            {
                if (day.ToString().StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return day;
                }
            }
        }
        throw Bad(option, word);
    }

    private static int Index(DayOfWeek day) => Array.IndexOf(MondayFirst, day);

    private static CliException Bad(string option, string word) =>
        CliException.Usage($"{option} takes days of the week ({Help}), not '{word}'.");
}
