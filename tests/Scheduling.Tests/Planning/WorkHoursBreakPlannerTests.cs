using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class WorkHoursBreakPlannerTests
{
    private static readonly Instant MondayMorning = Zones.Utc("2026-06-01T05:00:00Z"); // 06:00 in London

    [Fact]
    public void Breaks_fall_every_interval_within_work_hours()
    {
        var breaks = WorkHoursBreakPlanner.Plan(new MovementBreakPrescription(45, new HashSet<IsoDayOfWeek>()), Plans.WorkingWeek("Europe/London", "09:00", "17:00"), MondayMorning, days: 1);

        Assert.Equal(
            ["09:45", "10:30", "11:15", "12:00", "12:45", "13:30", "14:15", "15:00", "15:45", "16:30"],
            breaks.Select(b => WallClock.Format(b.InZone(Zones.Of("Europe/London")).TimeOfDay)));
    }

    [Fact]
    public void Breaks_already_past_are_left_out_and_weekends_have_none()
    {
        var lunchtime = Zones.Utc("2026-06-01T11:00:00Z"); // 12:00 in London
        var breaks = WorkHoursBreakPlanner.Plan(new MovementBreakPrescription(60, new HashSet<IsoDayOfWeek>()), Plans.WorkingWeek("Europe/London", "09:00", "17:00"), lunchtime, days: 7);

        Assert.Equal(4 + 4 * 7, breaks.Count);
        Assert.True(breaks[0] > lunchtime);
        Assert.DoesNotContain(breaks, b => b.InZone(Zones.Of("Europe/London")).DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void Only_on_the_prescribed_days_and_never_in_quiet_hours()
    {
        var quiet = new QuietHours(Zones.Time("12:00"), Zones.Time("13:00"));
        var prescription = new MovementBreakPrescription(30, new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Tuesday });

        var breaks = WorkHoursBreakPlanner.Plan(prescription, Plans.WorkingWeek("Europe/London", "11:00", "14:00", quiet), MondayMorning, days: 7);

        Assert.Equal(
            ["11:30", "13:00", "13:30"],
            breaks.Select(b => WallClock.Format(b.InZone(Zones.Of("Europe/London")).TimeOfDay)));
        Assert.All(breaks, b => Assert.Equal(IsoDayOfWeek.Tuesday, b.InZone(Zones.Of("Europe/London")).DayOfWeek));
    }

    [Fact]
    public void The_interval_stays_between_30_and_60_minutes_and_the_shortest_prescribed_wins()
    {
        ProgrammeToPlan With(params PlanItem[] items) => new(Guid.NewGuid(), 1, true, items);

        var combined = MovementBreakPrescription.From([With(Plans.MovementBreak(50, IsoDayOfWeek.Monday)), With(Plans.MovementBreak(20, IsoDayOfWeek.Friday))]);
        Assert.Equal(30, combined!.IntervalMinutes);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], combined.Days.Order());
        Assert.Equal(60, MovementBreakPrescription.From([With(Plans.MovementBreak(90))])!.IntervalMinutes);
        Assert.Null(MovementBreakPrescription.From([With(Plans.Item("Bird-dog", 3))]));
        Assert.Null(MovementBreakPrescription.From([With(Plans.MovementBreak(45)) with { Active = false }]));
    }

    [Fact]
    public void No_work_hours_no_breaks()
    {
        Assert.Empty(WorkHoursBreakPlanner.Plan(new MovementBreakPrescription(45, new HashSet<IsoDayOfWeek>()), Plans.EveryDayAt("UTC", "18:00"), MondayMorning, 7));
        Assert.Empty(WorkHoursBreakPlanner.Plan(null, Plans.WorkingWeek("UTC", "09:00", "17:00"), MondayMorning, 7));
    }
}
