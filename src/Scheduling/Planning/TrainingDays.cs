using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>Which days of the week an item is done on, when the therapist gave a count rather than days.</summary>
public static class TrainingDays
{
    public static readonly IReadOnlyList<IsoDayOfWeek> Week =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    /// <summary>
    /// <paramref name="perWeek"/> days, the patient's preferred days first, spread across the week so
    /// that rest days fall between sessions (3 a week over every day: Monday, Wednesday, Friday). The
    /// same days every week, so a re-plan never shuffles them. At most one session a day.
    /// </summary>
    public static IReadOnlySet<IsoDayOfWeek> Choose(int perWeek, IEnumerable<IsoDayOfWeek> preferredDays)
    {
        var preferred = Week.Where(preferredDays.Contains).ToList();
        if (preferred.Count == 0)
        {
            preferred = [.. Week];
        }
        var wanted = Math.Clamp(perWeek, 0, Week.Count);
        if (wanted <= preferred.Count)
        {
            return Spread(preferred, wanted).ToHashSet();
        }
        var others = Week.Except(preferred).ToList();
        return preferred.Concat(Spread(others, wanted - preferred.Count)).ToHashSet();
    }

    private static IEnumerable<IsoDayOfWeek> Spread(IReadOnlyList<IsoDayOfWeek> days, int count) =>
        Enumerable.Range(0, count).Select(i => days[i * days.Count / count]);
}
