using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Tests.Events;

/// <summary>
/// Reminders due at one instant arrive together and are taken in batches: each still becomes one
/// notification, and each sees what the reminders before it in its batch wrote.
/// </summary>
public sealed class ReminderBurstTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z");

    [Fact]
    public async Task A_burst_of_reminders_puts_one_notification_in_each_inbox_with_cursors_in_order()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patients = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        var twice = patients[0];
        var reminders = patients.Select(NotificationConsumerTests.Reminder).Append(NotificationConsumerTests.Reminder(twice)).ToList();

        await harness.PublishAllAsync(reminders);

        var stored = await harness.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.SessionReminder).ToListAsync());
        Assert.Equal(reminders.Select(r => SourceEvent.Of<SessionReminderDue>(r.ReminderId).Id).Order(), stored.Select(n => n.SourceEventId).Order());
        Assert.Equal([1L, 2L], stored.Where(n => n.RecipientId == twice).Select(n => n.Sequence).Order());
        Assert.All(stored.Where(n => n.RecipientId != twice), n => Assert.Equal(1L, n.Sequence));
        Assert.Equal(reminders.Count, await harness.QueryAsync(db => db.Deliveries.CountAsync()));
        Assert.Equal(reminders.Count, await harness.QueryAsync(db => db.Inbox.CountAsync(m => m.Consumer == "SessionReminderDueConsumer")));
        Assert.Equal(patients.Count, await harness.QueryAsync(db => db.Recipients.CountAsync()));
    }

    [Fact]
    public async Task One_reminder_sent_twice_under_two_message_ids_in_one_burst_makes_one_notification()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patient = Guid.NewGuid();
        var reminder = NotificationConsumerTests.Reminder(patient);
        var others = Enumerable.Range(0, 10).Select(_ => NotificationConsumerTests.Reminder(Guid.NewGuid()));

        await harness.PublishAllAsync([reminder, .. others, reminder]);

        var only = Assert.Single(await harness.QueryAsync(db => db.Notifications.Where(n => n.RecipientId == patient).ToListAsync()));
        Assert.Equal(1L, only.Sequence);
        Assert.Equal(11, await harness.QueryAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task Reminders_for_one_patient_in_one_burst_meet_the_email_rate_limit_as_one_after_another_would()
    {
        var patient = Guid.NewGuid();
        var reminders = Enumerable.Range(0, 6).Select(_ => NotificationConsumerTests.Reminder(patient)).ToList();

        await using var apart = await NotificationHarness.StartAsync(Noon);
        await apart.SeedRecipientAsync(TestRecipients.With(patient, email: "p@example.org"));
        foreach (var reminder in reminders)
        {
            await apart.PublishAsync(reminder);
        }
        await using var together = await NotificationHarness.StartAsync(Noon);
        await together.SeedRecipientAsync(TestRecipients.With(patient, email: "p@example.org"));
        await together.PublishAllAsync(reminders);

        var expected = await EmailDeliveriesAsync(apart);
        // The harness allows 3 direct emails an hour: the rest wait in a digest.
        Assert.Equal(3, expected.Count(d => d == (DeliveryPurpose.Direct, DeliveryState.Pending)));
        Assert.Equal(expected, await EmailDeliveriesAsync(together));
    }

    [Fact]
    public async Task Movement_breaks_and_missed_sessions_due_together_each_reach_their_patient()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var patients = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        await harness.PublishAllAsync(patients.Select(p => new MovementBreakDue(Guid.NewGuid(), p, Noon, Noon)).ToList());
        await harness.PublishAllAsync(patients.Select(p => new SessionMissed(Guid.NewGuid(), p, Guid.NewGuid(), Noon.AddHours(-2), Noon)).ToList());

        var stored = await harness.QueryAsync(db => db.Notifications.ToListAsync());
        Assert.Equal(patients.Order(), stored.Where(n => n.Kind == NotificationKind.MovementBreak).Select(n => n.RecipientId).Order());
        Assert.Equal(patients.Order(), stored.Where(n => n.Kind == NotificationKind.SessionMissed).Select(n => n.RecipientId).Order());
    }

    private static async Task<List<(DeliveryPurpose, DeliveryState)>> EmailDeliveriesAsync(NotificationHarness harness) =>
        (await harness.QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channel.Email).ToListAsync()))
            .Select(d => (d.Purpose, d.State))
            .Order()
            .ToList();
}
