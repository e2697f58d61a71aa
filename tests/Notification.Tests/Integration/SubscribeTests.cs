using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Tests.Integration.Support;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class SubscribeTests(NotificationSystem system)
{
    [Fact]
    public async Task A_reminder_arrives_on_a_connected_stream_and_a_reconnect_resumes_without_gaps_or_duplicates()
    {
        var patient = TestCaller.NewPatient();
        var reminders = Enumerable.Range(0, 5).Select(_ => Reminder(patient.Id)).ToList();
        var received = new List<Proto.Notification>();

        using (var first = system.Client.Subscribe(patient, afterCursor: 0))
        {
            // Headers come once the stream is registered for live notifications.
            await first.ResponseHeadersAsync;
            await system.Bus.PublishAsync(reminders[0]);
            received.Add(await NotificationClient.NextAsync(first));
        }

        // While the app is away: three more, one of them published twice.
        await system.Bus.PublishAsync(reminders[1]);
        await system.Bus.PublishAsync(reminders[2]);
        await system.Bus.PublishAsync(reminders[3]);
        await system.Bus.PublishAsync(reminders[2]);
        await Eventually.HoldsAsync(() => system.Client.ListAsync(patient), inbox => inbox.LatestCursor == 4, "the reminders sent while disconnected to be stored");

        using var second = system.Client.Subscribe(patient, afterCursor: received[^1].Cursor);
        for (var i = 0; i < 3; i++)
        {
            received.Add(await NotificationClient.NextAsync(second));
        }
        await system.Bus.PublishAsync(reminders[4]);
        received.Add(await NotificationClient.NextAsync(second));
        await NotificationClient.NothingMoreAsync(second, TimeSpan.FromSeconds(1.5));

        // Cursors in order without a gap; the three sent while away in whatever order they were consumed.
        Assert.Equal([1L, 2L, 3L, 4L, 5L], received.Select(n => n.Cursor));
        var sources = reminders.Select(r => SourceEvent.Of<SessionReminderDue>(r.ReminderId).Id.ToString()).ToList();
        Assert.Equal((sources[0], sources[4]), (received[0].SourceEventId, received[4].SourceEventId));
        Assert.Equal(sources[1..4].Order(), received[1..4].Select(n => n.SourceEventId).Order());
        Assert.All(received, n => Assert.Equal((Proto.NotificationKind.SessionReminder, "Time for your exercises"), (n.Kind, n.Title)));
    }

    [Fact]
    public async Task A_stream_sees_only_its_own_recipients_notifications()
    {
        var patient = TestCaller.NewPatient();
        var someoneElse = TestCaller.NewPatient();
        using var stream = system.Client.Subscribe(patient, afterCursor: 0);
        await stream.ResponseHeadersAsync;

        await system.Bus.PublishAsync(Reminder(someoneElse.Id));
        await system.Bus.PublishAsync(new MovementBreakDue(Guid.NewGuid(), patient.Id, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));

        var mine = await NotificationClient.NextAsync(stream);
        Assert.Equal((Proto.NotificationKind.MovementBreak, 1L, patient.Id.ToString()), (mine.Kind, mine.Cursor, mine.PatientId));
        await NotificationClient.NothingMoreAsync(stream, TimeSpan.FromSeconds(1));
    }

    private static SessionReminderDue Reminder(Guid patientId)
    {
        var now = DateTimeOffset.UtcNow;
        return new SessionReminderDue(Guid.NewGuid(), patientId, Guid.NewGuid(), Guid.NewGuid(), now.AddMinutes(30), "Europe/London", now, now);
    }
}
