using System.Numerics;

namespace Telehealth.Prescription.Domain;

public static class WeekDaysExtensions
{
    private static readonly (WeekDays Day, string Short)[] Names =
    [
        (WeekDays.Monday, "Mon"), (WeekDays.Tuesday, "Tue"), (WeekDays.Wednesday, "Wed"),
        (WeekDays.Thursday, "Thu"), (WeekDays.Friday, "Fri"), (WeekDays.Saturday, "Sat"),
        (WeekDays.Sunday, "Sun"),
    ];

    public static int Count(this WeekDays days) => BitOperations.PopCount((uint)(days & WeekDays.EveryDay));

    /// <summary>True when no bits outside Monday–Sunday are set.</summary>
    public static bool IsValid(this WeekDays days) => (days & ~WeekDays.EveryDay) == 0;

    public static string ToShortText(this WeekDays days) =>
        days == WeekDays.EveryDay
            ? "every day"
            : string.Join(", ", Names.Where(n => days.HasFlag(n.Day)).Select(n => n.Short));
}
