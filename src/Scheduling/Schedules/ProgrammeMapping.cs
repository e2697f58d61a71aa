using NodaTime.Utility;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Schedules;

/// <summary>From prescription's item snapshots to what planning reads.</summary>
internal static class ProgrammeMapping
{
    private const string PostureCategory = "Posture";
    private const int DefaultBreakIntervalMinutes = 45;

    public static ProgrammeToPlan ToPlanning(ProgrammeCopy programme) => new(
        programme.ProgrammeId,
        programme.ItemsVersion,
        programme.Status == ProgrammeStatus.Active && programme.ItemsVersion > 0,
        programme.Items.Select(ToPlanning).ToList());

    public static PlanItem ToPlanning(ProgrammeItemSnapshot item) => new(
        item.ItemId,
        item.ExerciseName,
        item.Dosage.SessionsPerWeek,
        (item.Dosage.Days ?? []).Select(day => BclConversions.ToIsoDayOfWeek(day)).ToHashSet(),
        // A posture item is the movement break during desk work, not part of a session.
        item.Category == PostureCategory ? item.Dosage.IntervalMinutes ?? DefaultBreakIntervalMinutes : null);
}
