using Telehealth.Contracts.Events.V1;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>A timer survives a kill -9 of the service: it fires once, late, with its lateness recorded.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class CrashRecoveryTests(SchedulingSystem system)
{
    [Fact]
    public async Task A_kill_between_planning_and_the_due_time_loses_no_reminder_and_sends_none_twice()
    {
        var scenario = new PatientScenario(system);
        await scenario.ExerciseInAsync(TimeSpan.FromSeconds(25));
        var session = await scenario.PrescribeAsync();
        var due = session.WindowStart.ToDateTimeOffset() - SchedulingSystem.ReminderLead;
        Assert.True(DateTimeOffset.UtcNow < due, "The session was planned too late for the test.");

        await system.KillAsync();
        // Down until well past the due time.
        var downUntil = due + TimeSpan.FromSeconds(5);
        await Task.Delay(downUntil - DateTimeOffset.UtcNow);
        Assert.Empty(system.Events.Of<SessionReminderDue>(r => r.PatientId == scenario.Patient.Id));
        await system.StartServiceAsync();

        var reminder = await system.Events.WaitForAsync<SessionReminderDue>(r => r.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(60));
        Assert.Equal(due, reminder.DueAt);
        Assert.True(reminder.FiredAt - reminder.DueAt >= TimeSpan.FromSeconds(5), $"Fired {reminder.FiredAt - reminder.DueAt} after its due time.");
        Assert.Equal((reminder.FiredAt - reminder.DueAt).TotalSeconds, DatabaseRows.Lateness(system.DatabaseFile, reminder.ReminderId)!.Value, precision: 1);

        // The window closes after the restart: that timer fires too, once; no second reminder meanwhile.
        await system.Events.WaitForAsync<SessionMissed>(m => m.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(40));
        // The session's timers say no more can come: none is left to fire, and each kind was published once.
        var timers = $"upper(SubjectId) = upper('{session.SessionId}')";
        Assert.Equal(0, DatabaseRows.Count(system.DatabaseFile, "timers", timers + " AND State = 'Pending'"));
        Assert.Equal(1, DatabaseRows.Count(system.DatabaseFile, "timers", timers + " AND Kind = 'SessionReminder' AND Outcome = 'Published'"));
        Assert.Equal(1, DatabaseRows.Count(system.DatabaseFile, "timers", timers + " AND Kind = 'SessionWindowClose' AND Outcome = 'Published'"));
        Assert.Single(system.Events.Of<SessionReminderDue>(r => r.PatientId == scenario.Patient.Id));
        Assert.Single(system.Events.Of<SessionMissed>(m => m.PatientId == scenario.Patient.Id));
    }
}
