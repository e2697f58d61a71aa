using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Tests.Events;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Delivery;

public sealed class DeliveryWorkerTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z");

    [Fact]
    public async Task A_failing_send_is_retried_with_backoff_then_failed_for_good_and_announced()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: "https://push.example/p"));
        harness.Webhook.Otherwise = SendResult.Transient("http 503");
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        Assert.Equal(1, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));
        var afterFirst = await WebhookAsync(harness);
        Assert.Equal(DeliveryState.Pending, afterFirst.State);
        // 10 s ± 20 %.
        Assert.InRange(afterFirst.NextAttemptAt - Noon, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(12));
        Assert.Equal(0, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));

        harness.Clock.Set(afterFirst.NextAttemptAt);
        Assert.Equal(1, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));
        var afterSecond = await WebhookAsync(harness);
        Assert.InRange(afterSecond.NextAttemptAt - afterFirst.NextAttemptAt, TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(24));

        harness.Clock.Set(afterSecond.NextAttemptAt);
        Assert.Equal(1, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));
        var failed = await WebhookAsync(harness);
        Assert.Equal((DeliveryState.Failed, 3, "http 503"), (failed.State, failed.Attempts, failed.LastError));
        Assert.All(failed.AttemptLog, a => Assert.Equal(AttemptOutcome.TransientFailure, a.Outcome));
        var announced = Assert.Single(await NotificationConsumerTests.OutboxAsync<NotificationFailed>(harness));
        Assert.Equal((patient, "webhook", "http 503"), (announced.RecipientId, announced.Channel, announced.Reason));

        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));
        Assert.Equal(3, harness.Webhook.Sent.Count);
    }

    [Fact]
    public async Task A_refused_send_fails_at_once()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: "https://push.example/p"));
        harness.Webhook.Answer(SendResult.Refused("http 410"));
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None);

        var failed = await WebhookAsync(harness);
        Assert.Equal((DeliveryState.Failed, 1, AttemptOutcome.PermanentFailure), (failed.State, failed.Attempts, failed.AttemptLog.Single().Outcome));
    }

    [Fact]
    public async Task A_channel_that_throws_leaves_the_delivery_due_again_not_stuck_in_flight()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, email: "p@clinic.example"));
        harness.Email.ThrowNext = new FormatException("bad address");
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None);
        var email = await harness.QueryAsync(db => db.Deliveries.Include(d => d.AttemptLog).SingleAsync(d => d.Channel == Channel.Email));
        Assert.Equal((DeliveryState.Pending, "FormatException"), (email.State, email.LastError));

        harness.Clock.Set(email.NextAttemptAt);
        await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None);
        Assert.Equal(DeliveryState.Delivered, (await harness.QueryAsync(db => db.Deliveries.SingleAsync(d => d.Channel == Channel.Email))).State);
    }

    [Fact]
    public async Task A_retry_that_is_not_urgent_waits_out_quiet_hours()
    {
        await using var harness = await NotificationHarness.StartAsync(DateTimeOffset.Parse("2026-06-10T21:59:55Z"));
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: "https://push.example/p", quietStart: "22:00", quietEnd: "07:00"));
        harness.Webhook.Answer(SendResult.Transient("timeout"));
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None);

        Assert.Equal(DateTimeOffset.Parse("2026-06-11T07:00:00Z"), (await WebhookAsync(harness)).NextAttemptAt);
    }

    [Fact]
    public async Task An_attempt_cut_short_by_a_crash_is_recorded_as_interrupted_and_sent_again()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, email: "p@clinic.example"));
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));
        // The process died after recording the attempt and before hearing back.
        await harness.QueryAsync(async db =>
        {
            (await db.Deliveries.SingleAsync(d => d.Channel == Channel.Email)).BeginAttempt(Noon);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));

        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.Deliveries.RecoverInterruptedAsync(CancellationToken.None);
        Assert.Equal(1, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));

        var email = await harness.QueryAsync(db => db.Deliveries.Include(d => d.AttemptLog).SingleAsync(d => d.Channel == Channel.Email));
        Assert.Equal(DeliveryState.Delivered, email.State);
        Assert.Equal([AttemptOutcome.Interrupted, AttemptOutcome.Succeeded], email.AttemptLog.OrderBy(a => a.Number).Select(a => a.Outcome));
        Assert.Single(harness.Email.Sent);
    }

    [Fact]
    public async Task Reading_a_notification_in_the_app_cancels_the_email_still_held_for_it()
    {
        await using var harness = await NotificationHarness.StartAsync(DateTimeOffset.Parse("2026-06-10T23:00:00Z"));
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, email: "p@clinic.example", quietStart: "22:00", quietEnd: "07:00"));
        await harness.PublishAsync(new ProgrammeAdjusted(Guid.NewGuid(), patient, Guid.NewGuid(), 2, [], "Load lowered.", null, harness.Clock.GetUtcNow()));
        var notification = await harness.QueryAsync(db => db.Notifications.SingleAsync());

        var read = await harness.InboxAsync(inbox => inbox.MarkReadAsync(new Proto.MarkReadRequest { NotificationId = notification.Id.ToString() }, new Caller(patient, CallerRole.Patient), CancellationToken.None));

        Assert.NotNull(read.ReadAt);
        Assert.Equal(DeliveryState.Cancelled, (await harness.QueryAsync(db => db.Deliveries.SingleAsync(d => d.Channel == Channel.Email))).State);
        harness.Clock.Advance(TimeSpan.FromHours(10));
        Assert.Equal(0, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));
    }

    private static Task<Data.NotificationDelivery> WebhookAsync(NotificationHarness harness) =>
        harness.QueryAsync(db => db.Deliveries.Include(d => d.AttemptLog).SingleAsync(d => d.Channel == Channel.Webhook && d.Purpose == DeliveryPurpose.Direct));
}
