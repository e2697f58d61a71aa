using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Tests.Events;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Delivery;

public sealed class EscalationTests
{
    // Inside the therapist's quiet hours: escalation ignores them.
    private static readonly DateTimeOffset Night = DateTimeOffset.Parse("2026-01-20T02:00:00Z");

    [Fact]
    public async Task An_unacknowledged_red_flag_escalates_to_the_on_call_address_once_after_the_delay()
    {
        await using var harness = await NotificationHarness.StartAsync(Night);
        var therapist = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(therapist, email: "t@clinic.example", quietStart: "22:00", quietEnd: "07:00"));
        await harness.PublishAsync(RedFlag(therapist, Night));

        harness.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await harness.Escalations.RunOnceAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await harness.Escalations.RunOnceAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await harness.Escalations.RunOnceAsync(CancellationToken.None));

        var alert = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == therapist));
        Assert.Equal(Night.AddMinutes(15), alert.EscalatedAt);
        var escalation = await harness.QueryAsync(db => db.Deliveries.SingleAsync(d => d.Purpose == DeliveryPurpose.Escalation));
        Assert.Equal((Channel.Email, NotificationHarness.OnCall, Priority.Urgent), (escalation.Channel, escalation.Address, escalation.Priority));

        Assert.Equal(2, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));
        Assert.Equal(["t@clinic.example", NotificationHarness.OnCall], harness.Email.Sent.Select(m => m.Address));
        var onCall = harness.Email.Sent.Last();
        Assert.Equal(PublicText.Escalation(alert.Id, TimeSpan.FromMinutes(15)), new PublicText(onCall.Subject, onCall.Body));
        Assert.Contains(await NotificationConsumerTests.OutboxAsync<NotificationDelivered>(harness), e => e.Channel == "on-call-email" && e.NotificationId == alert.Id);
    }

    [Fact]
    public async Task An_acknowledged_red_flag_does_not_escalate_and_its_unsent_deliveries_are_cancelled()
    {
        await using var harness = await NotificationHarness.StartAsync(Night);
        var therapist = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(therapist, email: "t@clinic.example"));
        await harness.PublishAsync(RedFlag(therapist, Night));
        var alert = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == therapist));

        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var acknowledged = await harness.InboxAsync(inbox => inbox.AcknowledgeAsync(new Proto.AcknowledgeRequest { NotificationId = alert.Id.ToString() }, new Caller(therapist, CallerRole.Therapist), CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromHours(1));

        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.Equal(0, await harness.Escalations.RunOnceAsync(CancellationToken.None));
        Assert.Equal(DeliveryState.Cancelled, (await harness.QueryAsync(db => db.Deliveries.SingleAsync(d => d.Channel == Channel.Email))).State);
        Assert.Equal(0, await harness.Deliveries.RunOnceAsync(Channel.Email, CancellationToken.None));
    }

    [Fact]
    public async Task Acknowledging_again_keeps_the_first_acknowledgement()
    {
        await using var harness = await NotificationHarness.StartAsync(Night);
        var therapist = Guid.NewGuid();
        await harness.PublishAsync(RedFlag(therapist, Night));
        var alert = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == therapist));
        var caller = new Caller(therapist, CallerRole.Therapist);
        var request = new Proto.AcknowledgeRequest { NotificationId = alert.Id.ToString() };

        var first = await harness.InboxAsync(inbox => inbox.AcknowledgeAsync(request, caller, CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await harness.InboxAsync(inbox => inbox.AcknowledgeAsync(request, caller, CancellationToken.None));

        Assert.Equal(first.AcknowledgedAt, second.AcknowledgedAt);
        Assert.Single(await NotificationConsumerTests.OutboxAsync<AlertAcknowledged>(harness));
    }

    [Fact]
    public async Task A_therapists_acknowledgement_is_announced_for_triage_and_a_patients_is_not()
    {
        await using var harness = await NotificationHarness.StartAsync(Night);
        var therapist = Guid.NewGuid();
        var flag = RedFlag(therapist, Night);
        await harness.PublishAsync(flag);
        var alert = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == therapist));
        var advice = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == flag.PatientId));
        harness.Clock.Advance(TimeSpan.FromMinutes(4));

        await harness.InboxAsync(inbox => inbox.AcknowledgeAsync(new Proto.AcknowledgeRequest { NotificationId = advice.Id.ToString() }, new Caller(flag.PatientId, CallerRole.Patient), CancellationToken.None));
        await harness.InboxAsync(inbox => inbox.AcknowledgeAsync(new Proto.AcknowledgeRequest { NotificationId = alert.Id.ToString() }, new Caller(therapist, CallerRole.Therapist), CancellationToken.None));

        var announced = Assert.Single(await NotificationConsumerTests.OutboxAsync<AlertAcknowledged>(harness));
        Assert.Equal((alert.Id, flag.PatientId, therapist, "RedFlag", alert.CreatedAt, harness.Clock.GetUtcNow()),
            (announced.NotificationId, announced.PatientId, announced.AcknowledgedBy, announced.Kind, announced.RaisedAt, announced.AcknowledgedAt));
    }

    private static RedFlagReported RedFlag(Guid therapist, DateTimeOffset at) =>
        new(Guid.NewGuid(), Guid.NewGuid(), therapist, ["NewSaddleNumbness"], "Seek urgent care now.", at);
}
