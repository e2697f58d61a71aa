using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Events;

/// <summary>
/// Gathers what one session report leads to (its alert, the suggestions and automatic changes it
/// caused, a review request) into the therapist's one notification about it. The first finding
/// makes the notification; later ones join it while it is unread, and it comes again on the inbox
/// stream under a new cursor; one that arrives after it was read starts a new one. A finding that
/// makes it urgent sends it out again as urgent.
/// </summary>
public sealed class ReportNotifications(
    NotificationDbContext db,
    TimeProvider clock,
    NotificationIntake intake,
    DeliveryPlanner planner,
    IOptions<EscalationOptions> escalation)
{
    /// <summary>
    /// Tells everyone what was composed about an event: patients each in a notification of their
    /// own, therapists in their notification about the report when there is one, on their own otherwise.
    /// </summary>
    public async Task TellAsync(SourceEvent source, Guid? reportId, IReadOnlyList<ComposedNotification> composed, RecipientBook recipients, CancellationToken cancellationToken)
    {
        if (reportId is not { } report || report == Guid.Empty)
        {
            await intake.AcceptAsync(source, composed, recipients, cancellationToken);
            return;
        }
        await intake.AcceptAsync(source, [.. composed.Where(c => c.Audience != Audience.Therapist)], recipients, cancellationToken);
        foreach (var therapist in composed.Where(c => c.Audience == Audience.Therapist))
        {
            await GatherAsync(source, report, therapist, recipients, cancellationToken);
        }
    }

    public async Task GatherAsync(SourceEvent source, Guid reportId, ComposedNotification finding, RecipientBook recipients, CancellationToken cancellationToken)
    {
        if (!recipients.Knows(finding.RecipientId)
            || await db.Findings.AnyAsync(f => f.SourceEventId == source.Id && f.RecipientId == finding.RecipientId, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var recipient = recipients[finding.RecipientId];
        var open = await db.Notifications.FirstOrDefaultAsync(
            n => n.RecipientId == recipient.Id && n.ReportId == reportId && n.ReadAt == null && n.AcknowledgedAt == null,
            cancellationToken);
        if (open is null)
        {
            var created = await intake.CreateAsync(source, finding, recipient, now, cancellationToken);
            created.ReportId = reportId;
            Keep(created, source, finding, now);
            return;
        }

        var earlier = await db.Findings.AsNoTracking().Where(f => f.NotificationId == open.Id).ToListAsync(cancellationToken);
        Keep(open, source, finding, now);
        var combined = ReportDigest.Combine([.. earlier.OrderBy(f => f.AddedAt).Select(f => AsComposed(f, open)), finding]);
        var becameUrgent = combined.Priority == Priority.Urgent && open.Priority != Priority.Urgent;
        open.Kind = combined.Kind;
        open.Priority = combined.Priority;
        open.Title = combined.Title;
        open.Body = combined.Body;
        open.Sequence = recipient.NextSequence();
        if (combined.RequiresAcknowledgement && !open.RequiresAcknowledgement)
        {
            open.RequiresAcknowledgement = true;
            open.EscalateAt = EscalationPolicy.EscalateAt(true, now, escalation.Value);
        }
        if (becameUrgent)
        {
            await SendAgainAsUrgentAsync(open, combined, recipient, now, cancellationToken);
        }
    }

    private void Keep(StoredNotification notification, SourceEvent source, ComposedNotification finding, DateTimeOffset now) =>
        db.Findings.Add(new NotificationFinding
        {
            Id = Guid.NewGuid(),
            NotificationId = notification.Id,
            RecipientId = notification.RecipientId,
            SourceEventId = source.Id,
            SourceEventType = source.Type,
            Kind = finding.Kind,
            Priority = finding.Priority,
            Title = finding.Title,
            Text = finding.Body,
            RequiresAcknowledgement = finding.RequiresAcknowledgement,
            AddedAt = now,
        });

    // The routine deliveries still waiting give way to urgent ones now: one message, not two.
    private async Task SendAgainAsUrgentAsync(StoredNotification notification, ComposedNotification combined, Data.Recipient recipient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.Deliveries
            .Where(d => d.NotificationId == notification.Id && d.Channel != Channel.InApp
                && (d.State == DeliveryState.Pending || d.State == DeliveryState.Held))
            .ToListAsync(cancellationToken);
        foreach (var delivery in waiting)
        {
            delivery.Cancel();
        }
        await planner.PlanAsync(notification, combined, recipient.Preferences(), now, cancellationToken);
    }

    private static ComposedNotification AsComposed(NotificationFinding finding, StoredNotification notification) =>
        new(notification.RecipientId, Audience.Therapist, finding.Kind, finding.Priority, finding.Title, finding.Text,
            finding.Priority == Priority.Urgent ? PublicText.TherapistUrgent : PublicText.TherapistUpdate,
            notification.PatientId, finding.RequiresAcknowledgement);
}
