using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Tests.Integration.Support;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class RestartTests(NotificationSystem system)
{
    [Fact]
    public async Task Killing_the_service_mid_delivery_loses_no_reminder_and_sends_none_twice()
    {
        var patient = TestCaller.NewPatient();
        var hook = patient.Id.ToString("N");
        await system.Client.SetPreferencesAsync(patient, r =>
        {
            r.Channels.Add(Proto.Channel.Webhook);
            r.WebhookUrl = system.Webhooks.UrlFor(hook);
        });
        var reminders = Enumerable.Range(0, 8).Select(_ => Reminder(patient.Id)).ToList();

        // The third webhook gets no answer: the service is killed while it waits for one.
        var hanging = system.Webhooks.HoldNext(hook, afterAccepted: 2);
        await PublishAsync(reminders[..6]);
        var inFlight = await hanging.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, system.Webhooks.AcceptedFor(hook).Count());
        await system.RestartAsync(kill: true);

        // While it is down, or starting: two more, and one already delivered sent again under a new message id.
        await PublishAsync([reminders[6], reminders[7], reminders[0]]);

        await Eventually.HoldsAsync(() => system.Webhooks.AcceptedFor(hook).ToList(), w => w.Count >= 8, "all eight reminders at the receiver", TimeSpan.FromSeconds(60));
        // Nothing more can go out once every event published has been taken in and none of the
        // patient's deliveries is left to send.
        await Eventually.HoldsAsync(() => Settled(patient.Id, _published), settled => settled, "every reminder event taken in and no delivery of the patient's left to send", TimeSpan.FromSeconds(60));
        var accepted = system.Webhooks.AcceptedFor(hook).ToList();

        Assert.Equal(8, accepted.Count);
        Assert.Equal(8, accepted.Select(w => w.DeliveryId).Distinct().Count());
        Assert.Contains(accepted, w => w.DeliveryId == inFlight.DeliveryId);
        Assert.Contains(system.Webhooks.Aborted, w => w.DeliveryId == inFlight.DeliveryId);

        var inbox = await system.Client.ListAsync(patient, pageSize: 50);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i).Reverse(), inbox.Notifications.Select(n => n.Cursor));
        Assert.Equal(
            reminders.Select(r => SourceEvent.Of<SessionReminderDue>(r.ReminderId).Id.ToString()).Order(),
            inbox.Notifications.Select(n => n.SourceEventId).Order());

        var interrupted = inbox.Notifications.Single(n => n.NotificationId == inFlight.NotificationId);
        var webhook = (await system.Client.DeliveriesAsync(patient, interrupted.NotificationId)).Deliveries.Single(d => d.Channel == Proto.Channel.Webhook);
        Assert.Equal(Proto.DeliveryState.Delivered, webhook.State);
        Assert.Equal([Proto.AttemptOutcome.Interrupted, Proto.AttemptOutcome.Succeeded], webhook.Attempts.Select(a => a.Outcome));
    }

    private readonly List<Guid> _published = [];

    private async Task PublishAsync(IEnumerable<SessionReminderDue> reminders)
    {
        foreach (var reminder in reminders)
        {
            var messageId = Guid.NewGuid();
            _published.Add(messageId);
            await system.Bus.PublishAsync(reminder, messageId);
        }
    }

    private bool Settled(Guid patientId, IReadOnlyCollection<Guid> messageIds)
    {
        var taken = DatabaseRows.Count(system.DatabaseFile, "inbox", "\"Consumer\" = 'SessionReminderDueConsumer' AND \"MessageId\" IN (" + string.Join(", ", messageIds.Select(id => $"'{id.ToString().ToUpperInvariant()}'")) + ")");
        var open = DatabaseRows.Count(system.DatabaseFile, "deliveries", $"\"RecipientId\" = '{patientId.ToString().ToUpperInvariant()}' AND \"State\" IN ('Pending', 'Held', 'Sending')");
        return taken == messageIds.Count && open == 0;
    }

    private static SessionReminderDue Reminder(Guid patientId)
    {
        var now = DateTimeOffset.UtcNow;
        return new SessionReminderDue(Guid.NewGuid(), patientId, Guid.NewGuid(), Guid.NewGuid(), now.AddMinutes(30), "UTC", now, now);
    }
}
