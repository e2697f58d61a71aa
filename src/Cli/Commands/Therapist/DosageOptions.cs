using System.CommandLine;
using System.Globalization;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>The dosage fields as options; only those given change the dosage.</summary>
internal sealed class DosageOptions
{
    public Option<int?> Sets { get; } = OptionParsers.Number("--sets", "Sets", 1, 20);

    public Option<string?> Reps { get; } = new("--reps") { Description = "Reps, or a target range such as 8-12", HelpName = "n|min-max" };

    public Option<int?> Hold { get; } = OptionParsers.Number("--hold", "Hold, seconds", 1, 600);

    public Option<double?> Load { get; } = new("--load") { Description = "Load, kg", HelpName = "kg" };

    public Option<int?> RangeOfMotion { get; } = OptionParsers.Number("--range-of-motion", "Range of motion, degrees", 1, 180);

    public Option<int?> Minutes { get; } = OptionParsers.Number("--minutes", "Minutes (aerobic work)", 1, 600);

    public Option<int?> SessionsPerWeek { get; } = OptionParsers.Number("--sessions-per-week", "Sessions per week", 1, 14);

    public Option<string?> Days { get; } = new("--days") { Description = $"Days of the week, {Weekdays.Help}", HelpName = "days" };

    public Option<int?> Rpe { get; } = OptionParsers.Number("--rpe", "Target effort (RPE)", 0, 10);

    public Option<int?> HoldsPerSide { get; } = OptionParsers.Number("--holds-per-side", "Holds per side (stretches)", 1, 20);

    public Option<int?> Interval { get; } = OptionParsers.Number("--interval", "Minutes between movement breaks", 5, 240);

    public IEnumerable<Option> All => [Sets, Reps, Hold, Load, RangeOfMotion, Minutes, SessionsPerWeek, Days, Rpe, HoldsPerSide, Interval];

    /// <summary>Applies the options given to <paramref name="dosage"/>; false when none was given.</summary>
    public bool ApplyTo(Dosage dosage, ParseResult parse)
    {
        var changed = false;
        void Set<T>(Option<T?> option, Action<T> apply) where T : struct
        {
            if (parse.GetValue(option) is { } value)
            {
                apply(value);
                changed = true;
            }
        }
        Set(Sets, v => dosage.Sets = v);
        Set(Hold, v => dosage.HoldSeconds = v);
        Set(Load, v => dosage.LoadKg = v);
        Set(RangeOfMotion, v => dosage.RangeOfMotionDegrees = v);
        Set(Minutes, v => dosage.Minutes = v);
        Set(SessionsPerWeek, v => dosage.SessionsPerWeek = v);
        Set(Rpe, v => dosage.RpeTarget = v);
        Set(HoldsPerSide, v => dosage.HoldsPerSide = v);
        Set(Interval, v => dosage.IntervalMinutes = v);
        if (parse.GetValue(Reps) is { } reps)
        {
            var (min, max) = ParseReps(reps);
            dosage.RepsMin = min;
            dosage.RepsMax = max;
            changed = true;
        }
        if (parse.GetValue(Days) is { } days)
        {
            dosage.Days.Clear();
            dosage.Days.AddRange(ParseDays(days));
            changed = true;
        }
        return changed;
    }

    private static (int Min, int Max) ParseReps(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            && min >= 1 && max >= min)
        {
            return (min, max);
        }
        throw CliException.Usage($"--reps takes a number or a range such as 8-12, not '{text}'.");
    }

    // The prescription service's days: Monday is 1, as in ISO 8601.
    private static IEnumerable<Weekday> ParseDays(string text) =>
        Weekdays.Parse(text, "--days").Select(day => day == DayOfWeek.Sunday ? Weekday.Sunday : (Weekday)(int)day);
}
