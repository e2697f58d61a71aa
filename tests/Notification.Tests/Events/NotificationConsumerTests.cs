using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Tests.Events;

public sealed class NotificationConsumerTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Each_reminder_becomes_an_inbox_notification_with_the_recipients_next_cursor()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patient = Guid.NewGuid();

        await harness.PublishAsync(Reminder(patient));
        await harness.PublishAsync(Reminder(patient));
        await harness.PublishAsync(Reminder(Guid.NewGuid()));

        var inbox = await harness.QueryAsync(db => db.Notifications.Where(n => n.RecipientId == patient).OrderBy(n => n.Sequence).ToListAsync());
        Assert.Equal([1L, 2L], inbox.Select(n => n.Sequence));
        Assert.All(inbox, n => Assert.Equal((NotificationKind.SessionReminder, Priority.Normal), (n.Kind, n.Priority)));
        var inApp = await harness.QueryAsync(db => db.Deliveries.Where(d => d.RecipientId == patient).ToListAsync());
        Assert.All(inApp, d => Assert.Equal((Channel.InApp, DeliveryState.Delivered), (d.Channel, d.State)));
        var delivered = await OutboxAsync<NotificationDelivered>(harness);
        Assert.Equal(3, delivered.Count);
        Assert.All(delivered, e => Assert.Equal("in-app", e.Channel));
    }

    [Fact]
    public async Task The_same_event_twice_makes_one_notification_under_one_message_id_or_two()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patient = Guid.NewGuid();
        var reminder = Reminder(patient);
        var messageId = Guid.NewGuid();

        await harness.PublishAsync(reminder, messageId);
        await harness.RedeliverAsync(reminder, messageId);
        await harness.PublishAsync(reminder, Guid.NewGuid());

        var inbox = await harness.QueryAsync(db => db.Notifications.Where(n => n.RecipientId == patient).ToListAsync());
        var only = Assert.Single(inbox);
        Assert.Equal(SourceEvent.Of<SessionReminderDue>(reminder.ReminderId).Id, only.SourceEventId);
        Assert.Equal(1, await harness.QueryAsync(db => db.Recipients.Where(r => r.Id == patient).Select(r => r.LastSequence).SingleAsync()));
        Assert.Equal(2, await harness.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task A_red_flag_goes_to_the_therapist_on_every_channel_at_once_inside_quiet_hours_and_to_the_patient_in_the_app()
    {
        await using var harness = await NotificationHarness.StartAsync(DateTimeOffset.Parse("2026-06-10T23:30:00Z"));
        var (patient, therapist) = (Guid.NewGuid(), Guid.NewGuid());
        // Email chosen, webhook only left as an address: urgent news uses both, quiet hours or not.
        var prefs = TestRecipients.With(therapist, email: "t@clinic.example", zone: "Europe/London", quietStart: "22:00", quietEnd: "07:00");
        prefs.WebhookUrl = "https://push.example/t";
        await harness.SeedRecipientAsync(prefs);

        await harness.PublishAsync(new RedFlagReported(Guid.NewGuid(), patient, therapist, ["ProgressiveLegWeakness"], "Seek urgent care.", harness.Clock.GetUtcNow()));

        var now = harness.Clock.GetUtcNow();
        var alert = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == therapist));
        Assert.Equal((Priority.Urgent, true, now.AddMinutes(15)), (alert.Priority, alert.RequiresAcknowledgement, alert.EscalateAt));
        var deliveries = (await harness.QueryAsync(db => db.Deliveries.Where(d => d.NotificationId == alert.Id).ToListAsync())).OrderBy(d => d.Channel).ToList();
        Assert.Equal([Channel.InApp, Channel.Email, Channel.Webhook], deliveries.Select(d => d.Channel));
        Assert.All(deliveries.Skip(1), d => Assert.Equal((DeliveryState.Pending, now), (d.State, d.DueAt)));
        Assert.All(deliveries.Skip(1), d => Assert.Equal(PublicText.TherapistUrgent.Body, d.Body));

        var advice = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == patient));
        Assert.Equal(("Seek urgent care.", false), (advice.Body, advice.RequiresAcknowledgement));
        Assert.Equal(1, await harness.QueryAsync(db => db.Deliveries.CountAsync(d => d.NotificationId == advice.Id)));
    }

    [Fact]
    public async Task News_that_is_not_urgent_is_held_through_quiet_hours_and_sent_when_they_end()
    {
        // 23:30 in London in June is 22:30 UTC; quiet hours end at 07:00 BST, 06:00 UTC.
        await using var harness = await NotificationHarness.StartAsync(DateTimeOffset.Parse("2026-06-10T22:30:00Z"));
        var therapist = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(therapist, email: "t@clinic.example", zone: "Europe/London", quietStart: "22:00", quietEnd: "07:00"));

        await harness.PublishAsync(new PainFlareDetected(Guid.NewGuid(), Guid.NewGuid(), therapist, Guid.NewGuid(), 2, 7, "Pain rose.", harness.Clock.GetUtcNow()));

        var email = await harness.QueryAsync(db => db.Deliveries.SingleAsync(d => d.Channel == Channel.Email));
        Assert.Equal((DeliveryState.Held, DateTimeOffset.Parse("2026-06-11T06:00:00Z")), (email.State, email.DueAt));
        Assert.Equal(0, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));

        harness.Clock.Set(DateTimeOffset.Parse("2026-06-11T05:59:59Z"));
        Assert.Equal(0, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));
        harness.Clock.Set(DateTimeOffset.Parse("2026-06-11T06:00:00Z"));
        Assert.Equal(1, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));

        var sent = Assert.Single(harness.Email.Sent);
        Assert.Equal(("t@clinic.example", PublicText.TherapistUpdate.Body), (sent.Address, sent.Body));
        email = await harness.QueryAsync(db => db.Deliveries.SingleAsync(d => d.Channel == Channel.Email));
        Assert.Equal(DeliveryState.Delivered, email.State);
        Assert.Contains(await OutboxAsync<NotificationDelivered>(harness), e => e.Channel == "email" && e.RecipientId == therapist);
    }

    [Fact]
    public async Task A_burst_past_the_rate_limit_goes_as_one_digest_when_the_window_ends()
    {
        await using var harness = await NotificationHarness.StartAsync(DateTimeOffset.Parse("2026-06-10T10:10:00Z"));
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: "https://push.example/p"));

        for (var i = 0; i < 5; i++)
        {
            await harness.PublishAsync(Reminder(patient));
        }

        var webhooks = await harness.QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channel.Webhook).ToListAsync());
        var digest = Assert.Single(webhooks, d => d.Purpose == DeliveryPurpose.Digest);
        Assert.Equal(3, webhooks.Count(d => d.State == DeliveryState.Pending));
        Assert.Equal(2, webhooks.Count(d => d.State == DeliveryState.Digested && d.DigestId == digest.Id));
        Assert.Equal((2, DateTimeOffset.Parse("2026-06-10T11:00:00Z")), (digest.DigestCount, digest.DueAt));

        Assert.Equal(3, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));
        harness.Clock.Set(DateTimeOffset.Parse("2026-06-10T11:00:00Z"));
        Assert.Equal(1, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));

        Assert.Equal(4, harness.Webhook.Sent.Count);
        Assert.Equal(PublicText.Digest(Audience.Patient, 2).Body, harness.Webhook.Sent.Last().Body);
        // The digest announces each notification it carried.
        Assert.Equal(5, (await OutboxAsync<NotificationDelivered>(harness)).Count(e => e.Channel == "webhook"));
    }

    [Fact]
    public async Task Low_priority_news_stays_in_the_app()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var therapist = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(therapist, email: "t@clinic.example", webhook: "https://push.example/t"));

        await harness.PublishAsync(new OutcomeRecorded(Guid.NewGuid(), Guid.NewGuid(), therapist, "RolandMorris", 9, -6, true, Noon));

        Assert.Equal([Channel.InApp], await harness.QueryAsync(db => db.Deliveries.Select(d => d.Channel).ToListAsync()));
    }

    [Fact]
    public async Task An_event_that_names_no_therapist_tells_nobody()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);

        await harness.PublishAsync(new AdherenceDropped(Guid.NewGuid(), Guid.Empty, Guid.NewGuid(), 0.2, 14, Noon));

        Assert.Equal(0, await harness.QueryAsync(db => db.Notifications.CountAsync()));
        Assert.Equal(0, await harness.QueryAsync(db => db.Recipients.CountAsync()));
    }

    [Fact]
    public async Task An_appointment_tells_both_people_each_on_their_own_clock()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (patient, therapist) = (Guid.NewGuid(), Guid.NewGuid());
        await harness.SeedRecipientAsync(TestRecipients.With(patient, zone: "Europe/Madrid"));
        var startsAt = DateTimeOffset.Parse("2026-06-12T08:00:00Z");

        await harness.PublishAsync(new AppointmentBooked(Guid.NewGuid(), patient, therapist, startsAt, startsAt.AddMinutes(30), "Review", false, Noon));

        var bodies = await harness.QueryAsync(db => db.Notifications.ToDictionaryAsync(n => n.RecipientId, n => n.Body));
        Assert.Contains("Fri 12 Jun 10:00", bodies[patient]);
        Assert.Contains("Fri 12 Jun 08:00", bodies[therapist]);
    }

    internal static SessionReminderDue Reminder(Guid patient) =>
        new(Guid.NewGuid(), patient, Guid.NewGuid(), Guid.NewGuid(), Noon.AddMinutes(30), "UTC", Noon, Noon);

    internal static Task<List<T>> OutboxAsync<T>(NotificationHarness harness) => harness.QueryAsync(async db =>
        (await db.Outbox.Where(m => m.MessageType.StartsWith(typeof(T).FullName! + ",")).OrderBy(m => m.Sequence).ToListAsync())
        .Select(m => JsonSerializer.Deserialize<T>(m.Payload, Json)!)
        .ToList());
}
