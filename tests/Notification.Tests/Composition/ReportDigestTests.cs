using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Tests.Composition;

public sealed class ReportDigestTests
{
    private static readonly Guid Therapist = Guid.NewGuid();
    private static readonly Guid Patient = Guid.NewGuid();

    [Fact]
    public void One_finding_is_the_notification_as_it_is()
    {
        var flare = Finding(NotificationKind.PainFlare, "Pain flare", "Pain went from 2 to 6/10.");

        Assert.Equal(flare, ReportDigest.Combine([flare]));
    }

    [Fact]
    public void The_most_pressing_finding_leads_and_the_others_follow_in_the_order_they_came()
    {
        var progression = Finding(NotificationKind.ProgressionSuggested, "Ready to progress", "Walking: 20 min → 22 min.");
        var automatic = Finding(NotificationKind.AutomaticChange, "Moved on automatically", "Bridge: 3 × 10 → 3 × 12.");
        var review = Finding(NotificationKind.ReviewRequested, "Review requested", "Offer an earlier review.");
        var flare = Finding(NotificationKind.PainFlare, "Pain flare", "Pain went from 2 to 6/10.");

        var combined = ReportDigest.Combine([automatic, progression, review, flare]);

        Assert.Equal((NotificationKind.PainFlare, "Pain flare, and 3 more"), (combined.Kind, combined.Title));
        Assert.Equal(
            ["Pain flare: Pain went from 2 to 6/10.", "Review requested: Offer an earlier review.", "Ready to progress: Walking: 20 min → 22 min.", "Moved on automatically: Bridge: 3 × 10 → 3 × 12."],
            combined.Body.Split('\n'));
    }

    [Fact]
    public void A_red_flag_makes_the_whole_notification_urgent_with_the_urgent_public_text_and_an_acknowledgement()
    {
        var flare = Finding(NotificationKind.PainFlare, "Pain flare", "Pain went from 2 to 6/10.");
        var redFlag = Finding(NotificationKind.RedFlag, "Red flag reported", "New saddle numbness.") with
        {
            Priority = Priority.Urgent, Public = PublicText.TherapistUrgent, RequiresAcknowledgement = true,
        };

        var combined = ReportDigest.Combine([flare, redFlag]);

        Assert.Equal((NotificationKind.RedFlag, Priority.Urgent, true), (combined.Kind, combined.Priority, combined.RequiresAcknowledgement));
        Assert.Equal(PublicText.TherapistUrgent, combined.Public);
        Assert.Equal("Red flag reported, and 1 more", combined.Title);
    }

    [Fact]
    public void A_body_past_the_limit_is_cut_short_visibly()
    {
        var findings = Enumerable.Range(0, 5).Select(i => Finding(NotificationKind.RegressionSuggested, "A step back is suggested", new string('x', 1500))).ToList();

        var combined = ReportDigest.Combine(findings);

        Assert.Equal(ReportDigest.MaxBodyLength, combined.Body.Length);
        Assert.EndsWith("…", combined.Body);
    }

    [Fact]
    public void No_findings_is_a_mistake_of_the_caller()
    {
        Assert.Throws<ArgumentException>(() => ReportDigest.Combine([]));
    }

    private static ComposedNotification Finding(NotificationKind kind, string title, string body) =>
        new(Therapist, Audience.Therapist, kind, Priority.Normal, title, body, PublicText.TherapistUpdate, Patient);
}
