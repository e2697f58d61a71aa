using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;
using Telehealth.Scheduling.Timers;

namespace Telehealth.Scheduling.Tests.Timers;

public sealed class TimerFiringTests
{
    // Monday 1 June 2026, 07:00 in London; the patient has no preferences, so sessions are at 18:00 UTC.
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SessionStart = new(2026, 6, 1, 18, 0, 0, TimeSpan.Zero);
    private readonly Guid _patient = Guid.NewGuid();
    private readonly Guid _programme = Guid.NewGuid();

    private async Task<SchedulingHarness> PlannedAsync(Action<SchedulingOptions>? configure = null)
    {
        var harness = await SchedulingHarness.StartAsync(Monday, configure);
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, Guid.NewGuid(), Monday));
        return harness;
    }

    /// <summary>A harness whose patient works 09:00–17:00 in London on the given ISO days (1 is Monday).</summary>
    private async Task<SchedulingHarness> DeskWorkerAsync(params int[] workDays)
    {
        var harness = await SchedulingHarness.StartAsync(Monday);
        await harness.ChangeAsync(db =>
        {
            db.Preferences.Add(new PatientPreferences
            {
                PatientId = _patient,
                TimeZone = "Europe/London",
                WorkHours = [.. workDays.Select(day => new StoredDailyHours(day, "09:00", "17:00"))],
            });
            return Task.CompletedTask;
        });
        return harness;
    }

    [Fact]
    public async Task A_reminder_fires_at_its_due_time_once()
    {
        await using var harness = await PlannedAsync();
        harness.Clock.Set(SessionStart.AddMinutes(-31));
        await harness.FireDueTimersAsync();
        Assert.Empty(await harness.OutboxAsync<SessionReminderDue>());

        harness.Clock.Set(SessionStart.AddMinutes(-30));
        await harness.FireDueTimersAsync();
        await harness.FireDueTimersAsync();

        var reminder = Assert.Single(await harness.OutboxAsync<SessionReminderDue>());
        Assert.Equal((_patient, SessionStart, "UTC", SessionStart.AddMinutes(-30), SessionStart.AddMinutes(-30)), (reminder.PatientId, reminder.SessionStartsAt, reminder.TimeZone, reminder.DueAt, reminder.FiredAt));
        var timer = await harness.QueryAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.Id == reminder.ReminderId));
        Assert.Equal((TimerState.Fired, TimerOutcome.Published, 0d), (timer.State, timer.Outcome, timer.LatenessSeconds));
    }

    [Fact]
    public async Task After_downtime_overdue_timers_fire_late_with_the_lateness_recorded()
    {
        await using var harness = await PlannedAsync();

        // The service was down from before the reminder was due until ten minutes after.
        harness.Clock.Set(SessionStart.AddMinutes(-20));
        await harness.FireDueTimersAsync();

        var reminder = Assert.Single(await harness.OutboxAsync<SessionReminderDue>());
        Assert.Equal(TimeSpan.FromMinutes(10), reminder.FiredAt - reminder.DueAt);
        var timer = await harness.QueryAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.Id == reminder.ReminderId));
        Assert.Equal(600d, timer.LatenessSeconds);
    }

    [Fact]
    public async Task A_window_closing_unreported_is_a_missed_session_and_a_reported_one_is_not()
    {
        await using var harness = await PlannedAsync();
        var sessions = await harness.QueryAsync(db => db.Sessions.AsNoTracking().OrderBy(s => s.WindowStart).Take(2).ToListAsync());
        await harness.DeliverAsync(new SessionReported(Guid.NewGuid(), _patient, _programme, 1, sessions[1].Id, SessionStart.AddDays(1), 3, 0));

        harness.Clock.Set(SessionStart.AddDays(2));
        await harness.FireDueTimersAsync();

        var missed = Assert.Single(await harness.OutboxAsync<SessionMissed>());
        Assert.Equal((sessions[0].Id, _programme, sessions[0].WindowStart, sessions[0].WindowEnd), (missed.PlannedSessionId, missed.ProgrammeId, missed.WindowStart, missed.WindowEnd));
        var states = await harness.QueryAsync(db => db.Sessions.AsNoTracking().OrderBy(s => s.WindowStart).Take(2).Select(s => s.State).ToListAsync());
        Assert.Equal([SessionState.Missed, SessionState.Done], states);
    }

    [Fact]
    public async Task Two_dispatchers_at_the_same_moment_fire_a_timer_once()
    {
        await using var harness = await PlannedAsync();
        harness.Clock.Set(SessionStart.AddMinutes(-30));

        var fired = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(harness.FireDueTimersAsync)));

        Assert.Equal(1, fired.Sum());
        Assert.Single(await harness.OutboxAsync<SessionReminderDue>());
    }

    [Fact]
    public async Task A_crash_while_firing_fires_nothing_and_the_next_run_fires_everything_once()
    {
        var crash = new CrashingSaves();
        await using var harness = await SchedulingHarness.StartAsync(Monday, crash: crash);
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, Guid.NewGuid(), Monday));
        harness.Clock.Set(SessionStart.AddDays(1).AddMinutes(-29));
        var due = await harness.QueryAsync(db => db.Timers.CountAsync(t => t.State == TimerState.Pending && t.DueAt <= harness.Clock.GetUtcNow()));
        Assert.True(due >= 3);

        // The process dies while the batch is being saved: the transaction never commits.
        crash.ArmAt(1);
        await Assert.ThrowsAsync<IOException>(harness.FireDueTimersAsync);
        Assert.Equal(due, await harness.QueryAsync(db => db.Timers.CountAsync(t => t.State == TimerState.Pending && t.DueAt <= harness.Clock.GetUtcNow())));
        Assert.Equal(0, await harness.QueryAsync(db => db.Outbox.CountAsync()));

        Assert.Equal(due, await harness.FireDueTimersAsync());
        Assert.Equal(0, await harness.FireDueTimersAsync());
        // Monday's window closed unreported; its reminder came too late to be of use. Tuesday's reminder goes out.
        Assert.Equal([SessionStart.AddDays(1)], (await harness.OutboxAsync<SessionReminderDue>()).Select(r => r.SessionStartsAt));
        Assert.Single(await harness.OutboxAsync<SessionMissed>());
    }

    [Fact]
    public async Task After_downtime_a_burst_of_movement_breaks_is_one_nudge()
    {
        await using var harness = await DeskWorkerAsync(1);
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, Guid.NewGuid(), Monday, Programmes.MovementBreak(30)));

        // Down from 07:00 to 11:10 London: breaks were due at 09:30, 10:00, 10:30 and 11:00.
        harness.Clock.Set(Monday.AddHours(4).AddMinutes(10));
        await harness.FireDueTimersAsync();

        var nudge = Assert.Single(await harness.OutboxAsync<MovementBreakDue>());
        Assert.Equal(Monday.AddHours(4), nudge.DueAt);
        var fired = await harness.QueryAsync(db => db.Timers.AsNoTracking().Where(t => t.Kind == TimerKind.MovementBreak && t.State == TimerState.Fired).Select(t => t.Outcome).ToListAsync());
        Assert.Equal(3, fired.Count(o => o == TimerOutcome.Superseded));
    }

    [Fact]
    public async Task Movement_breaks_are_planned_a_day_ahead_and_planning_ahead_adds_the_next_days()
    {
        await using var harness = await DeskWorkerAsync(1, 2, 3);
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, Guid.NewGuid(), Monday, Programmes.MovementBreak(60)));
        Assert.Equal([1, 2], await BreakDaysAsync(harness));

        // Just after midnight in London, when the planning ahead is due.
        harness.Clock.Set(Monday.AddHours(17).AddMinutes(10));
        await harness.FireDueTimersAsync();

        Assert.Equal([2, 3], await BreakDaysAsync(harness));
        Assert.Equal(14, (await harness.PendingTimersAsync(_patient)).Count(t => t.Kind == TimerKind.MovementBreak));
    }

    /// <summary>The June days on which the patient's pending movement breaks fall, in London.</summary>
    private async Task<List<int>> BreakDaysAsync(SchedulingHarness harness) =>
        (await harness.PendingTimersAsync(_patient))
            .Where(t => t.Kind == TimerKind.MovementBreak)
            .Select(t => t.DueAt.ToOffset(TimeSpan.FromHours(1)).Day)
            .Distinct()
            .Order()
            .ToList();

    [Fact]
    public async Task Planning_ahead_moves_the_horizon_on_each_day()
    {
        await using var harness = await PlannedAsync();
        var before = await harness.QueryAsync(db => db.Sessions.AsNoTracking().MaxAsync(s => s.WindowStart));

        harness.Clock.Set(Monday.AddDays(1));
        await harness.FireDueTimersAsync();

        var after = await harness.QueryAsync(db => db.Sessions.AsNoTracking().MaxAsync(s => s.WindowStart));
        Assert.Equal(before.AddDays(1), after);
        Assert.Single(await harness.PendingTimersAsync(_patient), t => t.Kind == TimerKind.PlanAhead);
    }
}
