using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Events;

/// <summary>One session report, one therapist notification: what the report led to is gathered while it is unread.</summary>
public sealed class ReportNotificationTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z");

    private readonly Guid _patient = Guid.NewGuid();
    private readonly Guid _therapist = Guid.NewGuid();
    private readonly Guid _report = Guid.NewGuid();

    [Fact]
    public async Task A_flare_its_suggestions_and_a_review_request_make_one_notification_sent_out_once()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        await harness.SeedRecipientAsync(TestRecipients.With(_therapist, email: "t@clinic.example"));

        await harness.PublishAsync(Flare());
        await harness.PublishAsync(Suggestion(regression: true, "Bird dog: 3 × 8 reps, hold 10 s → 3 × 8 reps, hold 9 s"));
        await harness.PublishAsync(Suggestion(regression: true, "Bridge: 3 × 10 reps → 3 × 9 reps"));
        await harness.PublishAsync(new ReviewRequested(Guid.NewGuid(), _patient, _therapist, "Offer an earlier review: pain rose after the session.", false, Noon, _report));

        var only = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _therapist));
        Assert.Equal((NotificationKind.PainFlare, Priority.Normal, "Pain flare, and 3 more"), (only.Kind, only.Priority, only.Title));
        Assert.Equal(_report, only.ReportId);
        var lines = only.Body.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Pain flare: Pain went from 2 to 6/10.", lines[0]);
        Assert.StartsWith("A step back is suggested: Bird dog:", lines[1]);
        Assert.StartsWith("A step back is suggested: Bridge:", lines[2]);
        Assert.StartsWith("Review requested: Offer an earlier review", lines[3]);
        // Each addition moves it to the top of the inbox under a new cursor.
        Assert.Equal(4, only.Sequence);
        Assert.Equal(4, await harness.QueryAsync(db => db.Findings.CountAsync(f => f.NotificationId == only.Id)));
        var outward = await harness.QueryAsync(db => db.Deliveries.Where(d => d.NotificationId == only.Id && d.Channel != Channel.InApp).ToListAsync());
        Assert.Equal(Channel.Email, Assert.Single(outward).Channel);
    }

    [Fact]
    public async Task A_review_offered_for_the_report_joins_the_therapists_notification_and_still_tells_the_patient()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);

        await harness.PublishAsync(Flare());
        await harness.PublishAsync(new AppointmentBooked(Guid.NewGuid(), _patient, _therapist, Noon.AddDays(1), Noon.AddDays(1).AddMinutes(30), "Flare review.", false, Noon, _report));

        var therapists = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _therapist));
        Assert.Equal("Pain flare, and 1 more", therapists.Title);
        Assert.Contains("Review booked: A review is booked for", therapists.Body);
        Assert.Equal(NotificationKind.AppointmentBooked, (await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _patient))).Kind);
    }

    [Fact]
    public async Task A_change_made_automatically_is_said_as_done_with_how_to_undo_it()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var suggestionId = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000009");

        await harness.PublishAsync(new SuggestionRecorded(suggestionId, _report, _patient, _therapist, Guid.NewGuid(), false,
            "Walking: 20 min → 22 min", "Three good days in a row.", 3, Noon));

        var only = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _therapist));
        Assert.Equal((NotificationKind.AutomaticChange, "Moved on automatically"), (only.Kind, only.Title));
        Assert.Equal("Walking: 20 min → 22 min (version 3, within the cap you set). Three good days in a row. To take it back, undo suggestion 1a2b3c4d.", only.Body);
        Assert.DoesNotContain("suggestion to apply", only.Body);
    }

    [Fact]
    public async Task What_arrives_after_the_therapist_read_the_notification_starts_a_new_one()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        await harness.PublishAsync(Flare());
        var first = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _therapist));
        await harness.InboxAsync(inbox => inbox.MarkReadAsync(new Proto.MarkReadRequest { NotificationId = first.Id.ToString() }, new Caller(_therapist, CallerRole.Therapist), CancellationToken.None));

        harness.Clock.Set(Noon.AddHours(20));
        await harness.PublishAsync(new PainFlareDetected(_report, _patient, _therapist, Guid.NewGuid(), 2, 7, "Worse the next morning.", Noon.AddHours(20)));

        var inbox = await harness.QueryAsync(db => db.Notifications.Where(n => n.RecipientId == _therapist).OrderBy(n => n.Sequence).ToListAsync());
        Assert.Equal(2, inbox.Count);
        Assert.Equal("Pain went from 2 to 6/10. Pain rose after the session.", inbox[0].Body);
        Assert.Equal("Pain went from 2 to 7/10. Worse the next morning.", inbox[1].Body);
    }

    [Fact]
    public async Task A_red_flag_joining_makes_it_urgent_and_sends_it_at_once_instead_of_the_routine_message()
    {
        await using var harness = await NotificationHarness.StartAsync(DateTimeOffset.Parse("2026-06-10T23:30:00Z"));
        await harness.SeedRecipientAsync(TestRecipients.With(_therapist, email: "t@clinic.example", zone: "Europe/London", quietStart: "22:00", quietEnd: "07:00"));
        var now = harness.Clock.GetUtcNow();

        await harness.PublishAsync(new PainFlareDetected(_report, _patient, _therapist, Guid.NewGuid(), 2, 6, "Pain rose after the session.", now));
        await harness.PublishAsync(new RedFlagReported(_report, _patient, _therapist, ["ProgressiveLegWeakness"], "Seek urgent care.", now));

        var alert = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _therapist));
        Assert.Equal((NotificationKind.RedFlag, Priority.Urgent, true, now.AddMinutes(15)), (alert.Kind, alert.Priority, alert.RequiresAcknowledgement, alert.EscalateAt));
        Assert.StartsWith("Red flag reported, and 1 more", alert.Title);
        var emails = await harness.QueryAsync(db => db.Deliveries.Where(d => d.NotificationId == alert.Id && d.Channel == Channel.Email).ToListAsync());
        Assert.Equal(DeliveryState.Cancelled, Assert.Single(emails, d => d.Priority != Priority.Urgent).State);
        var urgent = Assert.Single(emails, d => d.Priority == Priority.Urgent);
        Assert.Equal((DeliveryState.Pending, now, PublicText.TherapistUrgent.Body), (urgent.State, urgent.DueAt, urgent.Body));
        // The patient's own advice stays a notification of its own.
        Assert.Equal("Seek urgent care.", (await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _patient))).Body);
    }

    [Fact]
    public async Task The_same_finding_again_under_a_new_message_id_is_kept_once()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var flare = Flare();

        await harness.PublishAsync(flare, Guid.NewGuid());
        await harness.PublishAsync(flare, Guid.NewGuid());

        var only = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _therapist));
        Assert.Equal(1, only.Sequence);
        Assert.Equal(1, await harness.QueryAsync(db => db.Findings.CountAsync()));
    }

    [Fact]
    public async Task Acknowledging_it_acknowledges_every_alert_it_gathered()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        await harness.PublishAsync(Flare());
        await harness.PublishAsync(new RedFlagReported(_report, _patient, _therapist, ["NewSaddleNumbness"], "Seek urgent care.", Noon));
        var alert = await harness.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == _therapist));

        await harness.InboxAsync(inbox => inbox.AcknowledgeAsync(new Proto.AcknowledgeRequest { NotificationId = alert.Id.ToString() }, new Caller(_therapist, CallerRole.Therapist), CancellationToken.None));

        var acknowledged = await NotificationConsumerTests.OutboxAsync<AlertAcknowledged>(harness);
        Assert.Equal(["PainFlare", "RedFlag"], acknowledged.Select(a => a.Kind).Order());
        Assert.All(acknowledged, a => Assert.Equal((alert.Id, _patient, _therapist), (a.NotificationId, a.PatientId, a.AcknowledgedBy)));
    }

    private PainFlareDetected Flare() => new(_report, _patient, _therapist, Guid.NewGuid(), 2, 6, "Pain rose after the session.", Noon);

    private SuggestionRecorded Suggestion(bool regression, string change) =>
        new(Guid.NewGuid(), _report, _patient, _therapist, Guid.NewGuid(), regression, change, "Pain rose by 4 points.", null, Noon);
}
