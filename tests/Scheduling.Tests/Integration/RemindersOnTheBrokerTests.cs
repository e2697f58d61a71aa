using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>Prescription's events on a real broker become sessions, reminders at their due time, and missed sessions.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class RemindersOnTheBrokerTests(SchedulingSystem system)
{
    [Fact]
    public async Task A_prescription_plans_sessions_a_reminder_fires_at_its_time_and_an_unreported_window_is_missed()
    {
        var scenario = new PatientScenario(system);
        await scenario.ExerciseInAsync(TimeSpan.FromSeconds(20));

        var session = await scenario.PrescribeAsync();
        Assert.Equal(SessionStatus.Planned, session.Status);
        Assert.Equal(["Bird-dog"], session.Exercises.Select(e => e.ExerciseName));
        Assert.Equal(SchedulingSystem.SessionWindow, session.WindowEnd.ToDateTimeOffset() - session.WindowStart.ToDateTimeOffset());
        var week = await system.Client.WeekAsync(scenario.Patient);
        Assert.Contains(week.Sessions, s => s.SessionId == session.SessionId);
        Assert.Equal(scenario.Zone, week.TimeZone);

        var reminder = await system.Events.WaitForAsync<SessionReminderDue>(r => r.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(40));
        Assert.Equal((Guid.Parse(session.SessionId), session.WindowStart.ToDateTimeOffset()), (reminder.PlannedSessionId, reminder.SessionStartsAt));
        Assert.Equal(session.WindowStart.ToDateTimeOffset() - SchedulingSystem.ReminderLead, reminder.DueAt);
        Assert.InRange(reminder.FiredAt - reminder.DueAt, TimeSpan.Zero, TimeSpan.FromSeconds(3));

        var missed = await system.Events.WaitForAsync<SessionMissed>(m => m.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(40));
        Assert.Equal(Guid.Parse(session.SessionId), missed.PlannedSessionId);
        var today = await system.Client.TodayAsync(scenario.Patient);
        Assert.Equal(SessionStatus.Missed, today.Sessions.Single(s => s.SessionId == session.SessionId).Status);
        Assert.Single(system.Events.Of<SessionReminderDue>(r => r.PatientId == scenario.Patient.Id));
    }

    [Fact]
    public async Task A_session_reported_on_the_broker_is_done()
    {
        var scenario = new PatientScenario(system);
        await scenario.ExerciseInAsync(TimeSpan.FromHours(1));
        var session = await scenario.PrescribeAsync();
        var reportId = Guid.NewGuid();

        await system.Events.PublishAsync(new SessionReported(reportId, scenario.Patient.Id, scenario.ProgrammeId, 1, Guid.Parse(session.SessionId), DateTimeOffset.UtcNow, 1, 0));

        var done = await Eventually.SucceedsAsync(() => system.Client.TodayAsync(scenario.Patient), today => today.Sessions.Single().Status == SessionStatus.Done);
        Assert.Equal(reportId.ToString(), done.Sessions.Single().ReportId);
    }
}
