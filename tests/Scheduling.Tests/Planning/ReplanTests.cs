using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class ReplanTests
{
    private static readonly Instant Monday = Zones.Utc("2026-06-01T06:00:00Z");
    private static readonly SchedulePreferences Evenings = Plans.EveryDayAt("Europe/London", "18:00");

    [Fact]
    public void Planning_the_same_version_twice_changes_nothing()
    {
        var programme = Plans.Programme(Plans.Item("Bird-dog", 5), Plans.Item("Walking", 3));
        var first = SessionPlanner.Plan(programme, Evenings, Plans.Settings, Monday);

        var again = SessionPlanner.Plan(programme, Evenings, Plans.Settings, Monday + Duration.FromHours(3));
        var changes = SessionPlanner.Compare(first.Select(p => Plans.AsExisting(p)).ToList(), again, Monday + Duration.FromHours(3));

        Assert.True(changes.None);
        Assert.Equal(first.Select(p => (p.SessionId, p.WindowStart)), again.Select(p => (p.SessionId, p.WindowStart)));
    }

    [Fact]
    public void An_adjustment_mid_week_changes_only_the_future()
    {
        var before = Plans.Programme(Plans.Item("Bird-dog", 7));
        var planned = SessionPlanner.Plan(before, Evenings, Plans.Settings, Monday);
        // By Thursday morning, Monday's was done and Tuesday's missed; Wednesday's is still planned but over.
        var thursday = Monday + Duration.FromDays(3);
        var existing = planned.Select((p, i) => Plans.AsExisting(p, i switch
        {
            0 => SessionState.Done,
            1 => SessionState.Missed,
            _ => SessionState.Planned,
        })).ToList();

        var after = before with { ItemsVersion = 2, Items = [Plans.Item("Bird-dog", 3)] };
        var changes = SessionPlanner.Compare(existing, SessionPlanner.Plan(after, Evenings, Plans.Settings, thursday), thursday);

        var untouched = existing.Where(s => s.WindowStart <= thursday).Select(s => s.SessionId).ToHashSet();
        Assert.Equal(3, untouched.Count);
        Assert.DoesNotContain(changes.Added.Concat(changes.Changed), p => untouched.Contains(p.SessionId));
        Assert.DoesNotContain(changes.Cancelled, untouched.Contains);
        // Three a week from now on: the Monday, Wednesday and Friday sessions already planned take
        // version 2, the other seven are cancelled, and the horizon (from Thursday) adds two more.
        Assert.Equal(
            ["2026-06-05", "2026-06-08", "2026-06-10", "2026-06-12"],
            changes.Changed.Select(p => WallClock.Format(p.Date)));
        Assert.All(changes.Changed, p => Assert.Equal(2, p.ProgrammeVersion));
        Assert.Equal(["2026-06-15", "2026-06-17"], changes.Added.Select(p => WallClock.Format(p.Date)));
        Assert.Equal(7, changes.Cancelled.Count);
    }

    [Fact]
    public void A_session_done_early_is_never_planned_again()
    {
        var programme = Plans.Programme(Plans.Item("Bird-dog", 7));
        var planned = SessionPlanner.Plan(programme, Evenings, Plans.Settings, Monday);
        var existing = planned.Select((p, i) => Plans.AsExisting(p, i == 0 ? SessionState.Done : SessionState.Planned)).ToList();

        var later = Plans.EveryDayAt("Europe/London", "20:00");
        var changes = SessionPlanner.Compare(existing, SessionPlanner.Plan(programme, later, Plans.Settings, Monday), Monday);

        Assert.DoesNotContain(changes.Changed, p => p.SessionId == planned[0].SessionId);
        Assert.Equal(planned.Count - 1, changes.Changed.Count);
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Cancelled);
    }

    [Fact]
    public void A_new_preferred_time_moves_future_sessions_and_keeps_their_ids()
    {
        var programme = Plans.Programme(Plans.Item("Bird-dog", 7));
        var planned = SessionPlanner.Plan(programme, Evenings, Plans.Settings, Monday);

        var afternoon = Monday + Duration.FromHours(8);
        var mornings = SessionPlanner.Plan(programme, Plans.EveryDayAt("Europe/London", "07:30"), Plans.Settings, afternoon);
        var changes = SessionPlanner.Compare(planned.Select(p => Plans.AsExisting(p)).ToList(), mornings, afternoon);

        // Monday 07:30 has passed by the afternoon: Monday's 18:00 session, not started, is cancelled.
        Assert.Equal([planned[0].SessionId], changes.Cancelled);
        Assert.Equal(planned.Skip(1).Select(p => p.SessionId), changes.Changed.Select(p => p.SessionId));
        Assert.All(changes.Changed, p => Assert.Equal("07:30", WallClock.Format(p.LocalStart)));
        Assert.Empty(changes.Added);
    }

    [Fact]
    public void A_session_under_way_is_history_for_a_re_plan()
    {
        var programme = Plans.Programme(Plans.Item("Bird-dog", 7));
        var planned = SessionPlanner.Plan(programme, Evenings, Plans.Settings, Monday);
        var duringFirst = planned[0].WindowStart + Duration.FromMinutes(20);

        var paused = programme with { Active = false };
        var changes = SessionPlanner.Compare(planned.Select(p => Plans.AsExisting(p)).ToList(), SessionPlanner.Plan(paused, Evenings, Plans.Settings, duringFirst), duringFirst);

        Assert.DoesNotContain(planned[0].SessionId, changes.Cancelled);
        Assert.Equal(planned.Skip(1).Select(p => p.SessionId), changes.Cancelled);
    }

    [Fact]
    public void Resuming_brings_cancelled_sessions_back_under_the_same_ids()
    {
        var programme = Plans.Programme(Plans.Item("Bird-dog", 7));
        var planned = SessionPlanner.Plan(programme, Evenings, Plans.Settings, Monday);
        var cancelled = planned.Select(p => Plans.AsExisting(p, SessionState.Cancelled)).ToList();

        var changes = SessionPlanner.Compare(cancelled, SessionPlanner.Plan(programme, Evenings, Plans.Settings, Monday), Monday);

        Assert.Equal(planned.Select(p => p.SessionId), changes.Changed.Select(p => p.SessionId));
        Assert.Empty(changes.Added);
    }
}
