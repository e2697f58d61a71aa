using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class SessionPlannerTests
{
    /// <summary>
    /// A daily session at the patient's local time, planned from the day before a DST change:
    /// the session on the change day is where the zone puts that local time.
    /// </summary>
    [Theory]
    // An ordinary summer day: London is UTC+1.
    [InlineData("Europe/London", "2026-06-01", "18:00", "2026-06-01T17:00:00Z", "18:00")]
    // The spring gap (01:00 GMT jumps to 02:00 BST): 01:30 does not exist, it moves on an hour.
    [InlineData("Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30:00Z", "02:30")]
    // The day after the gap: 01:30 BST again.
    [InlineData("Europe/London", "2026-03-30", "01:30", "2026-03-30T00:30:00Z", "01:30")]
    // The autumn overlap (02:00 BST falls back to 01:00 GMT): 01:30 happens twice, the earlier is taken.
    [InlineData("Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00Z", "01:30")]
    // Evening sessions keep their local hour across the change; the UTC hour moves.
    [InlineData("Europe/London", "2026-03-28", "18:00", "2026-03-28T18:00:00Z", "18:00")]
    [InlineData("Europe/London", "2026-03-29", "18:00", "2026-03-29T17:00:00Z", "18:00")]
    // New York springs forward at 02:00 EST to 03:00 EDT on 8 March 2026.
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00Z", "03:30")]
    [InlineData("America/New_York", "2026-03-07", "07:00", "2026-03-07T12:00:00Z", "07:00")]
    [InlineData("America/New_York", "2026-03-08", "07:00", "2026-03-08T11:00:00Z", "07:00")]
    // ...and falls back at 02:00 EDT to 01:00 EST on 1 November 2026.
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z", "01:30")]
    // A zone without DST, far from UTC.
    [InlineData("Asia/Kolkata", "2026-03-29", "06:45", "2026-03-29T01:15:00Z", "06:45")]
    public void A_session_starts_at_the_local_time_the_zone_gives_that_day(string zone, string date, string time, string expectedUtc, string expectedLocal)
    {
        var day = Zones.Date(date);
        var now = WallClock.StartOfDay(day.PlusDays(-1), Zones.Of(zone));

        var sessions = SessionPlanner.Plan(Plans.Programme(Plans.Item("Bird-dog", 7)), Plans.EveryDayAt(zone, time), Plans.Settings, now);

        var session = Assert.Single(sessions, s => s.Date == day);
        Assert.Equal(Zones.Utc(expectedUtc), session.WindowStart);
        Assert.Equal(expectedLocal, WallClock.Format(session.LocalStart));
        Assert.Equal(Plans.Settings.SessionWindow, session.WindowEnd - session.WindowStart);
    }

    [Fact]
    public void The_horizon_counts_local_days_from_today_and_leaves_out_what_has_started()
    {
        var now = Zones.Utc("2026-06-01T18:30:00Z"); // 19:30 in London: today's 18:00 session has started.

        var sessions = SessionPlanner.Plan(Plans.Programme(Plans.Item("Bird-dog", 7)), Plans.EveryDayAt("Europe/London", "18:00"), Plans.Settings, now);

        Assert.Equal(13, sessions.Count);
        Assert.Equal(Zones.Date("2026-06-02"), sessions[0].Date);
        Assert.Equal(Zones.Date("2026-06-14"), sessions[^1].Date);
        Assert.All(sessions, s => Assert.True(s.WindowStart > now));
    }

    [Fact]
    public void Items_share_a_session_on_the_days_they_are_both_due()
    {
        var monday = Zones.Utc("2026-06-01T00:00:00Z");
        var daily = Plans.Item("Cat-cow", 7);
        var thrice = Plans.Item("Side plank", 3);
        var mondays = Plans.Item("Isolated lumbar extension", null, IsoDayOfWeek.Monday);

        var sessions = SessionPlanner.Plan(Plans.Programme(daily, thrice, mondays), Plans.EveryDayAt("UTC", "18:00"), Plans.Settings with { HorizonDays = 7 }, monday);

        Assert.Equal(7, sessions.Count);
        string[] Names(IsoDayOfWeek day) => sessions.Single(s => s.Date.DayOfWeek == day).Exercises.Select(e => e.ExerciseName).ToArray();
        Assert.Equal(["Cat-cow", "Side plank", "Isolated lumbar extension"], Names(IsoDayOfWeek.Monday));
        Assert.Equal(["Cat-cow"], Names(IsoDayOfWeek.Tuesday));
        Assert.Equal(["Cat-cow", "Side plank"], Names(IsoDayOfWeek.Wednesday));
        Assert.Equal(["Cat-cow", "Side plank"], Names(IsoDayOfWeek.Friday));
    }

    [Fact]
    public void Days_without_a_preferred_time_take_the_patients_usual_time()
    {
        var preferences = new SchedulePreferences(
            Zones.Of("UTC"),
            new Dictionary<IsoDayOfWeek, LocalTime> { [IsoDayOfWeek.Tuesday] = Zones.Time("07:15"), [IsoDayOfWeek.Saturday] = Zones.Time("10:00") },
            [],
            null);

        var sessions = SessionPlanner.Plan(Plans.Programme(Plans.Item("Walking", 3)), preferences, Plans.Settings with { HorizonDays = 7 }, Zones.Utc("2026-06-01T00:00:00Z"));

        // Three a week over two preferred days: both, plus one more spread over the rest, at the first preferred time.
        Assert.Equal(
            [(IsoDayOfWeek.Monday, "07:15"), (IsoDayOfWeek.Tuesday, "07:15"), (IsoDayOfWeek.Saturday, "10:00")],
            sessions.Select(s => (s.Date.DayOfWeek, WallClock.Format(s.LocalStart))));
    }

    [Fact]
    public void Posture_items_are_movement_breaks_not_sessions_and_inactive_programmes_plan_nothing()
    {
        var now = Zones.Utc("2026-06-01T00:00:00Z");
        var onlyBreaks = Plans.Programme(Plans.MovementBreak(45));
        Assert.Empty(SessionPlanner.Plan(onlyBreaks, Plans.EveryDayAt("UTC", "18:00"), Plans.Settings, now));

        var paused = Plans.Programme(Plans.Item("Bird-dog", 7)) with { Active = false };
        Assert.Empty(SessionPlanner.Plan(paused, Plans.EveryDayAt("UTC", "18:00"), Plans.Settings, now));
    }

    [Fact]
    public void Session_ids_follow_from_programme_and_day()
    {
        var programme = Guid.NewGuid();
        var day = Zones.Date("2026-06-01");

        Assert.Equal(SessionIds.For(programme, day), SessionIds.For(programme, day));
        Assert.NotEqual(SessionIds.For(programme, day), SessionIds.For(programme, day.PlusDays(1)));
        Assert.NotEqual(SessionIds.For(programme, day), SessionIds.For(Guid.NewGuid(), day));
    }
}
