using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;
using Telehealth.Scheduling.Timers;

namespace Telehealth.Scheduling.Tests.Events;

public sealed class ProgrammeEventConsumerTests
{
    // Monday 1 June 2026, 07:00 in London.
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);
    private readonly Guid _patient = Guid.NewGuid();
    private readonly Guid _therapist = Guid.NewGuid();
    private readonly Guid _programme = Guid.NewGuid();

    private async Task<SchedulingHarness> StartWithEveningPatientAsync()
    {
        var harness = await SchedulingHarness.StartAsync(Monday);
        await harness.ChangeAsync(db =>
        {
            db.Preferences.Add(new PatientPreferences
            {
                PatientId = _patient,
                TimeZone = "Europe/London",
                ExerciseTimes = Enumerable.Range(1, 7).Select(day => new StoredDayTime(day, "18:00")).ToList(),
                WorkHours = Enumerable.Range(1, 5).Select(day => new StoredDailyHours(day, "09:00", "17:00")).ToList(),
            });
            return Task.CompletedTask;
        });
        return harness;
    }

    private Task<List<PlannedSession>> SessionsAsync(SchedulingHarness harness) =>
        harness.QueryAsync(db => db.Sessions.AsNoTracking().Where(s => s.PatientId == _patient).OrderBy(s => s.WindowStart).ToListAsync());

    [Fact]
    public async Task A_prescribed_programme_is_planned_in_the_patients_zone_with_its_reminders()
    {
        await using var harness = await StartWithEveningPatientAsync();

        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday, Programmes.Item("Bird-dog", 7), Programmes.MovementBreak(45)));

        var sessions = await SessionsAsync(harness);
        Assert.Equal(14, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(("18:00", "Europe/London", 17, SessionState.Planned, 1), (s.LocalStartTime, s.TimeZone, s.WindowStart.Hour, s.State, s.ProgrammeVersion)));
        Assert.Equal(["Bird-dog"], sessions[0].Exercises.Select(e => e.ExerciseName));
        var timers = await harness.PendingTimersAsync(_patient);
        Assert.Equal(14, timers.Count(t => t.Kind == TimerKind.SessionReminder));
        Assert.Equal(14, timers.Count(t => t.Kind == TimerKind.SessionWindowClose));
        // Ten breaks a working day (every 45 minutes, 09:00–17:00), today's and tomorrow's.
        Assert.Equal(20, timers.Count(t => t.Kind == TimerKind.MovementBreak));
        Assert.Single(timers, t => t.Kind == TimerKind.PlanAhead);
    }

    [Fact]
    public async Task Programmes_prescribed_together_each_plan_their_own_patient_and_one_sent_twice_plans_once()
    {
        await using var harness = await SchedulingHarness.StartAsync(Monday);
        var programmes = Enumerable.Range(0, 6).Select(_ => Programmes.Prescribed(Guid.NewGuid(), Guid.NewGuid(), _therapist, Monday)).ToList();

        // The first programme's event comes twice, under two message ids, as a retried publish would send it.
        await harness.DeliverAllAsync([.. programmes, programmes[0]]);

        var sessions = await harness.QueryAsync(db => db.Sessions.AsNoTracking().Select(s => new { s.PatientId, s.ProgrammeId }).ToListAsync());
        Assert.Equal(programmes.Count * 14, sessions.Count);
        foreach (var programme in programmes)
        {
            Assert.Equal(14, sessions.Count(s => s.PatientId == programme.PatientId && s.ProgrammeId == programme.ProgrammeId));
            var timers = await harness.PendingTimersAsync(programme.PatientId);
            Assert.Equal((14, 14, 1), (timers.Count(t => t.Kind == TimerKind.SessionReminder), timers.Count(t => t.Kind == TimerKind.SessionWindowClose), timers.Count(t => t.Kind == TimerKind.PlanAhead)));
        }
    }

    [Fact]
    public async Task The_same_version_delivered_again_changes_nothing()
    {
        await using var harness = await StartWithEveningPatientAsync();
        var prescribed = Programmes.Prescribed(_programme, _patient, _therapist, Monday);
        var messageId = Guid.NewGuid();
        await harness.DeliverAsync(prescribed, messageId);
        var sessions = await SessionsAsync(harness);
        var timers = await harness.QueryAsync(db => db.Timers.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.State }).ToListAsync());

        harness.Clock.Advance(TimeSpan.FromHours(2));
        await harness.DeliverAsync(prescribed, messageId);
        await harness.DeliverAsync(prescribed);

        Assert.Equal(2, await harness.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.Equal(sessions.Select(s => (s.Id, s.WindowStart, s.UpdatedAt, s.Revision)), (await SessionsAsync(harness)).Select(s => (s.Id, s.WindowStart, s.UpdatedAt, s.Revision)));
        Assert.Equal(timers, await harness.QueryAsync(db => db.Timers.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.State }).ToListAsync()));
    }

    [Fact]
    public async Task An_adjustment_re_plans_the_future_and_leaves_the_past_as_it_was()
    {
        await using var harness = await StartWithEveningPatientAsync();
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday));
        harness.Clock.Advance(TimeSpan.FromDays(3)); // Thursday 07:00: three windows have closed unreported.
        await harness.FireDueTimersAsync();
        var history = (await SessionsAsync(harness)).Take(3).ToList();

        var items = new[] { Programmes.Item("Bird-dog", 3) };
        await harness.DeliverAsync(new ProgrammeAdjusted(_programme, _patient, _therapist, 2, items, "Fewer sessions", null, harness.Clock.GetUtcNow()));

        var sessions = await SessionsAsync(harness);
        Assert.Equal(history.Select(s => (s.Id, s.State, s.ProgrammeVersion, s.UpdatedAt)), sessions.Take(3).Select(s => (s.Id, s.State, s.ProgrammeVersion, s.UpdatedAt)));
        Assert.All(history, s => Assert.Equal(SessionState.Missed, s.State));
        var planned = sessions.Where(s => s.State == SessionState.Planned).ToList();
        Assert.All(planned, s => Assert.Equal(2, s.ProgrammeVersion));
        Assert.Equal(["2026-06-05", "2026-06-08", "2026-06-10", "2026-06-12", "2026-06-15", "2026-06-17"], planned.Select(s => s.LocalDate));
        // The rest of the fourteen days ahead (the horizon moved on as the days passed) is cancelled.
        var cancelled = sessions.Where(s => s.State == SessionState.Cancelled).Select(s => s.Id).ToHashSet();
        Assert.Equal(8, cancelled.Count);
        Assert.DoesNotContain(await harness.PendingTimersAsync(_patient), t => cancelled.Contains(t.SubjectId));
    }

    [Fact]
    public async Task Pausing_cancels_the_future_and_resuming_brings_it_back_with_the_same_ids()
    {
        await using var harness = await StartWithEveningPatientAsync();
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday));
        var planned = (await SessionsAsync(harness)).Select(s => s.Id).ToList();

        await harness.DeliverAsync(new ProgrammePaused(_programme, _patient, _therapist, 2, "Holiday", Monday));
        Assert.All(await SessionsAsync(harness), s => Assert.Equal(SessionState.Cancelled, s.State));
        Assert.DoesNotContain(await harness.PendingTimersAsync(_patient), t => t.Kind is TimerKind.SessionReminder or TimerKind.SessionWindowClose);

        await harness.DeliverAsync(new ProgrammeResumed(_programme, _patient, _therapist, 3, "Back", Monday));
        var resumed = await SessionsAsync(harness);
        Assert.Equal(planned, resumed.Select(s => s.Id));
        // The items are still version 1's: reports name the version whose items they followed.
        Assert.All(resumed, s => Assert.Equal((SessionState.Planned, 1), (s.State, s.ProgrammeVersion)));
        Assert.Equal(14, (await harness.PendingTimersAsync(_patient)).Count(t => t.Kind == TimerKind.SessionReminder));
    }

    [Fact]
    public async Task A_completed_programme_plans_nothing_more_even_if_an_older_version_arrives_late()
    {
        await using var harness = await StartWithEveningPatientAsync();

        await harness.DeliverAsync(new ProgrammeCompleted(_programme, _patient, _therapist, 2, "Discharged", Monday));
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday));

        Assert.Empty(await SessionsAsync(harness));
        var programme = await harness.QueryAsync(db => db.Programmes.SingleAsync());
        Assert.Equal((ProgrammeStatus.Completed, 2, 1), (programme.Status, programme.Version, programme.ItemsVersion));
    }

    [Fact]
    public async Task A_reported_session_is_done_and_its_reminders_are_dropped()
    {
        await using var harness = await StartWithEveningPatientAsync();
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday));
        var first = (await SessionsAsync(harness))[0];

        await harness.DeliverAsync(new SessionReported(Guid.NewGuid(), _patient, _programme, 1, first.Id, Monday.AddHours(11), 3, 0));

        var session = await harness.QueryAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == first.Id));
        Assert.Equal(SessionState.Done, session.State);
        Assert.NotNull(session.ReportId);
        Assert.DoesNotContain(await harness.PendingTimersAsync(_patient), t => t.SubjectId == first.Id);
    }

    [Fact]
    public async Task A_report_drops_its_sessions_timers_and_leaves_every_other_timer_as_it_was()
    {
        await using var harness = await StartWithEveningPatientAsync();
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday));
        var first = (await SessionsAsync(harness))[0];
        var before = await harness.PendingTimersAsync(_patient);
        Assert.Contains(before, t => t.SubjectId == first.Id && t.Kind == TimerKind.SessionReminder);
        Assert.Contains(before, t => t.SubjectId == first.Id && t.Kind == TimerKind.SessionWindowClose);

        await harness.DeliverAsync(new SessionReported(Guid.NewGuid(), _patient, _programme, 1, first.Id, Monday.AddHours(11), 3, 0));

        var after = await harness.PendingTimersAsync(_patient);
        Assert.Equal(before.Where(t => t.SubjectId != first.Id).Select(t => t.Id).Order(), after.Select(t => t.Id).Order());
    }

    [Fact]
    public async Task A_report_without_a_session_id_marks_that_days_session_and_a_late_report_turns_missed_into_done()
    {
        await using var harness = await StartWithEveningPatientAsync();
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday));
        harness.Clock.Advance(TimeSpan.FromDays(1));
        await harness.FireDueTimersAsync();
        var mondays = (await SessionsAsync(harness))[0];
        Assert.Equal(SessionState.Missed, mondays.State);

        // Done late on Monday evening (23:30 in London), reported the next morning.
        await harness.DeliverAsync(new SessionReported(Guid.NewGuid(), _patient, _programme, 1, null, Monday.AddHours(16.5), 3, 0));

        Assert.Equal(SessionState.Done, (await SessionsAsync(harness))[0].State);
        Assert.Single(await harness.OutboxAsync<SessionMissed>());
    }

    [Fact]
    public async Task Reports_arriving_together_each_mark_their_session_and_one_naming_another_patients_session_changes_nothing()
    {
        await using var harness = await StartWithEveningPatientAsync();
        await harness.DeliverAsync(Programmes.Prescribed(_programme, _patient, _therapist, Monday));
        var sessions = await SessionsAsync(harness);
        var (monday, tuesday, wednesday) = (sessions[0], sessions[1], sessions[2]);
        var before = await harness.PendingTimersAsync(_patient);

        await harness.DeliverAllAsync<SessionReported>(
        [
            new(Guid.NewGuid(), _patient, _programme, 1, monday.Id, Monday.AddHours(11), 3, 0),
            new(Guid.NewGuid(), _patient, _programme, 1, monday.Id, Monday.AddHours(11.5), 3, 0),
            new(Guid.NewGuid(), _patient, _programme, 1, null, Monday.AddDays(1).AddHours(11), 3, 0),
            new(Guid.NewGuid(), Guid.NewGuid(), _programme, 1, wednesday.Id, Monday.AddDays(2).AddHours(11), 3, 0),
        ]);

        var after = await SessionsAsync(harness);
        Assert.Equal(
            [SessionState.Done, SessionState.Done, SessionState.Planned],
            after.Where(s => s.Id == monday.Id || s.Id == tuesday.Id || s.Id == wednesday.Id).Select(s => s.State));
        var dropped = new[] { monday.Id, tuesday.Id };
        Assert.Equal(
            before.Where(t => !dropped.Contains(t.SubjectId)).Select(t => t.Id).Order(),
            (await harness.PendingTimersAsync(_patient)).Select(t => t.Id).Order());
        Assert.Contains(before, t => t.SubjectId == wednesday.Id && t.Kind == TimerKind.SessionReminder);
    }
}
