using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>Movement breaks as prescribed: every so many minutes of work hours, on some days (every day when none are named).</summary>
public sealed record MovementBreakPrescription(int IntervalMinutes, IReadOnlySet<IsoDayOfWeek> Days)
{
    // Stand up and move every 30–60 minutes of desk work (CLINICAL.md, posture).
    public const int ShortestInterval = 30;
    public const int LongestInterval = 60;

    /// <summary>The posture items of the active programmes combined: the shortest interval, any of their days.</summary>
    public static MovementBreakPrescription? From(IEnumerable<ProgrammeToPlan> programmes)
    {
        var items = programmes.Where(p => p.Active).SelectMany(p => p.Items).Where(i => i.IsMovementBreak).ToList();
        if (items.Count == 0)
        {
            return null;
        }
        var interval = Math.Clamp(items.Min(i => i.MovementBreakIntervalMinutes!.Value), ShortestInterval, LongestInterval);
        var days = items.Any(i => i.Days.Count == 0) ? [] : items.SelectMany(i => i.Days).ToHashSet();
        return new MovementBreakPrescription(interval, days);
    }

    public bool IsOn(IsoDayOfWeek day) => Days.Count == 0 || Days.Contains(day);
}
