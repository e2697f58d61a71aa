using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// One programme item as planning sees it: how often it is done (so many sessions a week, or on
/// given days), or, for a posture item, the minutes between movement breaks.
/// </summary>
public sealed record PlanItem(
    Guid ItemId,
    string ExerciseName,
    int? SessionsPerWeek,
    IReadOnlySet<IsoDayOfWeek> Days,
    int? MovementBreakIntervalMinutes)
{
    public bool IsMovementBreak => MovementBreakIntervalMinutes is not null;
}
