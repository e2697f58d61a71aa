using NodaTime;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Tests.Support;

/// <summary>Programmes, preferences and settings for planning tests.</summary>
internal static class Plans
{
    public static readonly PlanningSettings Settings = new(14, Duration.FromHours(4), Duration.FromMinutes(30), new LocalTime(18, 0));

    public static ProgrammeToPlan Programme(params PlanItem[] items) => new(Guid.Parse("6f1b7a52-2d6c-4b8e-9a41-3c5d7e9f0a12"), 1, true, items);

    public static PlanItem Item(string name, int? perWeek = null, params IsoDayOfWeek[] days) =>
        new(Guid.NewGuid(), name, perWeek, days.ToHashSet(), null);

    public static PlanItem MovementBreak(int intervalMinutes, params IsoDayOfWeek[] days) =>
        new(Guid.NewGuid(), "Movement break", null, days.ToHashSet(), intervalMinutes);

    /// <summary>The same start time every day of the week.</summary>
    public static SchedulePreferences EveryDayAt(string zone, string time, QuietHours? quiet = null) => new(
        Zones.Of(zone),
        TrainingDays.Week.ToDictionary(day => day, _ => Zones.Time(time)),
        [],
        quiet);

    public static SchedulePreferences WorkingWeek(string zone, string start, string end, QuietHours? quiet = null) => new(
        Zones.Of(zone),
        new Dictionary<IsoDayOfWeek, LocalTime>(),
        TrainingDays.Week.Take(5).Select(day => new DailyHours(day, Zones.Time(start), Zones.Time(end))).ToList(),
        quiet);

    public static ExistingSession AsExisting(SessionPlan plan, SessionState state = SessionState.Planned) =>
        new(plan.SessionId, state, plan.WindowStart, plan.WindowEnd, plan.ProgrammeVersion, plan.Exercises);
}
