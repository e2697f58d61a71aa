using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Diagnostics;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Events;

/// <summary>
/// Stores what an event means for each person it concerns: a notification with the recipient's
/// next cursor, its in-app delivery, and its outward deliveries. Runs inside the consumer's
/// inbox transaction; an event already turned into a notification for a recipient is skipped,
/// whatever message id it came under.
/// </summary>
public sealed class NotificationIntake(
    NotificationDbContext db,
    TimeProvider clock,
    DeliveryPlanner planner,
    IOptions<EscalationOptions> escalation,
    NotificationMetrics metrics)
{
    public async Task<RecipientBook> RecipientsAsync(IEnumerable<Guid> recipientIds, CancellationToken cancellationToken)
    {
        var ids = recipientIds.Where(id => id != Guid.Empty).Distinct().ToList();
        var known = await db.Recipients.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var id in ids.Where(id => !known.ContainsKey(id)))
        {
            var recipient = new Recipient { Id = id, CreatedAt = clock.GetUtcNow() };
            db.Recipients.Add(recipient);
            known[id] = recipient;
        }
        return new RecipientBook(known);
    }

    /// <summary>One event's notifications, each for a known recipient the event has not already notified.</summary>
    public Task AcceptAsync(SourceEvent source, IReadOnlyList<ComposedNotification> notifications, RecipientBook recipients, CancellationToken cancellationToken) =>
        AcceptAllAsync([(source, notifications)], recipients, cancellationToken);

    /// <summary>
    /// Each event's notifications, each for a known recipient the event has not already notified, for
    /// one event or a batch (reminders due together): one look for those already turned into
    /// notifications and one save for the lot, except that the changes are saved
    /// before a recipient is met a second time, so that the rate limits of their outward channels
    /// count what the batch has already given them, as one event after another would.
    /// </summary>
    public async Task AcceptAllAsync(IReadOnlyList<(SourceEvent Source, IReadOnlyList<ComposedNotification> Notifications)> events, RecipientBook recipients, CancellationToken cancellationToken)
    {
        var sourceIds = events.Select(e => e.Source.Id).Distinct().ToList();
        var notified = (await db.Notifications
                .Where(n => sourceIds.Contains(n.SourceEventId))
                .Select(n => new { n.SourceEventId, n.RecipientId })
                .ToListAsync(cancellationToken))
            .Select(n => (n.SourceEventId, n.RecipientId))
            .ToHashSet();
        var now = clock.GetUtcNow();
        var unsaved = new HashSet<Guid>();
        foreach (var (source, notifications) in events)
        {
            foreach (var composed in notifications)
            {
                // An event naming nobody (an empty id) has nobody to tell.
                if (!recipients.Knows(composed.RecipientId) || !notified.Add((source.Id, composed.RecipientId)))
                {
                    continue;
                }
                if (!unsaved.Add(composed.RecipientId))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    unsaved.Clear();
                    unsaved.Add(composed.RecipientId);
                }
                await CreateAsync(source, composed, recipients[composed.RecipientId], now, cancellationToken);
            }
        }
    }

    /// <summary>A new notification in the recipient's inbox, with its in-app delivery and its outward deliveries planned.</summary>
    public async Task<StoredNotification> CreateAsync(SourceEvent source, ComposedNotification composed, Recipient recipient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        recipient.Role ??= composed.Audience.ToString().ToLowerInvariant();
        var notification = new StoredNotification
        {
            Id = Guid.NewGuid(),
            RecipientId = recipient.Id,
            Sequence = recipient.NextSequence(),
            Kind = composed.Kind,
            Priority = composed.Priority,
            Title = composed.Title,
            Body = composed.Body,
            PatientId = composed.PatientId,
            SourceEventId = source.Id,
            SourceEventType = source.Type,
            CreatedAt = now,
            RequiresAcknowledgement = composed.RequiresAcknowledgement,
            EscalateAt = EscalationPolicy.EscalateAt(composed.RequiresAcknowledgement, now, escalation.Value),
        };
        db.Notifications.Add(notification);
        db.Deliveries.Add(NotificationDelivery.InApp(notification, composed.Audience, now));
        db.Publish(new NotificationDelivered(notification.Id, recipient.Id, ChannelNames.Of(Channel.InApp), source.Id, now), now);
        await planner.PlanAsync(notification, composed, recipient.Preferences(), now, cancellationToken);
        metrics.Created(composed.Kind, composed.Priority);
        return notification;
    }
}
