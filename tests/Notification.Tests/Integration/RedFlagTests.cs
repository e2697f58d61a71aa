using NodaTime;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Tests.Integration.Support;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class RedFlagTests(NotificationSystem system)
{
    [Fact]
    public async Task A_red_flag_reaches_the_therapist_on_every_channel_inside_quiet_hours_and_escalates_when_nobody_acknowledges()
    {
        var therapist = TestCaller.NewTherapist();
        var patient = TestCaller.NewPatient();
        var email = $"therapist-{therapist.Id:N}@clinic.example";
        var hook = therapist.Id.ToString("N");
        await system.Client.SetPreferencesAsync(therapist, r =>
        {
            r.Channels.Add(Proto.Channel.Email);
            r.Channels.Add(Proto.Channel.Webhook);
            r.Email = email;
            r.WebhookUrl = system.Webhooks.UrlFor(hook);
            r.TimeZone = "Asia/Tokyo";
            r.QuietHours = QuietAroundNow("Asia/Tokyo");
        });
        // News that is not urgent waits for the quiet hours to end.
        await system.Bus.PublishAsync(new PainFlareDetected(Guid.NewGuid(), patient.Id, therapist.Id, Guid.NewGuid(), 2, 7, "Pain rose by 5 points.", DateTimeOffset.UtcNow));
        var flare = await InboxItemAsync(therapist, Proto.NotificationKind.PainFlare);
        var held = (await system.Client.DeliveriesAsync(therapist, flare.NotificationId)).Deliveries;
        Assert.All(held.Where(d => d.Channel != Proto.Channel.InApp), d => Assert.Equal(Proto.DeliveryState.Held, d.State));

        await system.Bus.PublishAsync(new RedFlagReported(Guid.NewGuid(), patient.Id, therapist.Id, ["NewSaddleNumbness"], "Seek urgent care now: go to an emergency department.", DateTimeOffset.UtcNow));

        var alert = await InboxItemAsync(therapist, Proto.NotificationKind.RedFlag);
        Assert.Equal((Proto.Priority.Urgent, true), (alert.Priority, alert.RequiresAcknowledgement));
        Assert.Contains("new saddle numbness", alert.Body);
        var mail = await Eventually.HoldsAsync(() => system.Smtp.To(email).ToList(), m => m.Count > 0, "the red flag email");
        Assert.Equal(PublicText.TherapistUrgent.Subject, Assert.Single(mail).Subject);
        Assert.Equal(alert.NotificationId, mail[0].Header("X-Telehealth-Notification-Id"));
        var webhook = Assert.Single(await Eventually.HoldsAsync(() => system.Webhooks.AcceptedFor(hook).ToList(), w => w.Count > 0, "the red flag webhook"));
        Assert.Equal((alert.NotificationId, "urgent", PublicText.TherapistUrgent.Body), (webhook.NotificationId, webhook.Payload.GetProperty("priority").GetString(), webhook.Body));
        Assert.DoesNotContain("saddle", mail[0].Body + mail[0].Subject + webhook.RawBody, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(system.Webhooks.Rejected);

        // Nobody acknowledges: the on-call address hears about it after the delay.
        var escalation = await Eventually.HoldsAsync(
            () => system.Smtp.To(NotificationSystem.OnCallEmail).Where(m => m.Header("X-Telehealth-Notification-Id") == alert.NotificationId).ToList(),
            m => m.Count > 0, "the escalation email", NotificationSystem.EscalationDelay + TimeSpan.FromSeconds(20));
        Assert.Equal(PublicText.Escalation(Guid.Empty, TimeSpan.Zero).Subject, Assert.Single(escalation).Subject);

        var deliveries = await Eventually.HoldsAsync(() => system.Client.DeliveriesAsync(therapist, alert.NotificationId),
            r => r.Deliveries.Count == 4 && r.Deliveries.All(d => d.State == Proto.DeliveryState.Delivered), "every delivery to be recorded delivered");
        Assert.Equal(
            [(Proto.Channel.InApp, Proto.DeliveryPurpose.Direct), (Proto.Channel.Email, Proto.DeliveryPurpose.Direct), (Proto.Channel.Webhook, Proto.DeliveryPurpose.Direct), (Proto.Channel.Email, Proto.DeliveryPurpose.Escalation)],
            deliveries.Deliveries.Select(d => (d.Channel, d.Purpose)).OrderBy(d => d.Purpose).ThenBy(d => d.Channel));
        Assert.All(deliveries.Deliveries.Where(d => d.Channel != Proto.Channel.InApp), d => Assert.Equal(Proto.AttemptOutcome.Succeeded, Assert.Single(d.Attempts).Outcome));
        var announced = await Eventually.HoldsAsync(
            () => system.Bus.Of<NotificationDelivered>().Where(e => e.NotificationId.ToString() == alert.NotificationId).Select(e => e.Channel).ToHashSet(),
            channels => channels.Count == 4, "NotificationDelivered for every channel");
        Assert.Equal(["email", "in-app", "on-call-email", "webhook"], announced.Order());
        Assert.NotNull((await InboxItemAsync(therapist, Proto.NotificationKind.RedFlag)).EscalatedAt);

        // The patient is told what to do, in the app.
        var advice = await InboxItemAsync(patient, Proto.NotificationKind.RedFlag);
        Assert.Equal("Seek urgent care now: go to an emergency department.", advice.Body);
    }

    [Fact]
    public async Task An_acknowledged_red_flag_does_not_escalate()
    {
        var therapist = TestCaller.NewTherapist();
        await system.Bus.PublishAsync(new RedFlagReported(Guid.NewGuid(), Guid.NewGuid(), therapist.Id, ["Fever"], "Seek urgent care.", DateTimeOffset.UtcNow));
        var alert = await InboxItemAsync(therapist, Proto.NotificationKind.RedFlag);

        var acknowledged = await system.Client.AcknowledgeAsync(therapist, alert.NotificationId);
        // A red flag raised after it and left unacknowledged escalates once its own delay is over:
        // by then the escalation has gone past the first one's time too.
        var other = TestCaller.NewTherapist();
        await system.Bus.PublishAsync(new RedFlagReported(Guid.NewGuid(), Guid.NewGuid(), other.Id, ["Fever"], "Seek urgent care.", DateTimeOffset.UtcNow));
        var escalated = await Eventually.HoldsAsync(
            () => InboxItemAsync(other, Proto.NotificationKind.RedFlag), item => item.EscalatedAt is not null,
            "the unacknowledged red flag raised after it escalated", NotificationSystem.EscalationDelay + TimeSpan.FromSeconds(60));
        // Both alerts' deliveries done (their outcomes written with them), so nothing of this test
        // is still being written when the next test of the collection counts rows.
        await Eventually.HoldsAsync(
            async () => (await system.Client.DeliveriesAsync(therapist, alert.NotificationId)).Deliveries
                .Concat((await system.Client.DeliveriesAsync(other, escalated.NotificationId)).Deliveries).ToList(),
            deliveries => deliveries.All(d => d.State is not (Proto.DeliveryState.Pending or Proto.DeliveryState.Held or Proto.DeliveryState.Sending)),
            "no delivery of either alert left to send", TimeSpan.FromSeconds(60));

        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.DoesNotContain(system.Smtp.To(NotificationSystem.OnCallEmail), m => m.Header("X-Telehealth-Notification-Id") == alert.NotificationId);
        var now = await InboxItemAsync(therapist, Proto.NotificationKind.RedFlag);
        Assert.Null(now.EscalatedAt);
        Assert.Equal(acknowledged.AcknowledgedAt, now.AcknowledgedAt);
    }

    private async Task<Proto.Notification> InboxItemAsync(TestCaller caller, Proto.NotificationKind kind)
    {
        var inbox = await Eventually.HoldsAsync(() => system.Client.ListAsync(caller), r => r.Notifications.Any(n => n.Kind == kind), $"a {kind} notification");
        return inbox.Notifications.First(n => n.Kind == kind);
    }

    // Quiet hours from an hour ago to two hours ahead, on the recipient's clock.
    private static Proto.QuietHours QuietAroundNow(string zone)
    {
        var local = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[zone]).TimeOfDay;
        return new Proto.QuietHours { Start = local.PlusHours(-1).ToString("HH:mm", null), End = local.PlusHours(2).ToString("HH:mm", null) };
    }
}
