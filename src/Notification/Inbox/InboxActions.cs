using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Inbox;

/// <summary>
/// Reading and acknowledging. Both keep the first time they happened, so a retry changes
/// nothing, and both cancel outward deliveries that have not gone yet: a message seen in the
/// app needs no email. Only an acknowledgement stops an urgent notification escalating.
/// </summary>
public sealed class InboxActions(NotificationDbContext db, TimeProvider clock)
{
    public Task<Proto.Notification> MarkReadAsync(Proto.MarkReadRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var notificationId = NotificationLookup.ParseId(request.NotificationId);
        return ConcurrentWrites.RetryAsync(db, async () =>
        {
            var notification = await NotificationLookup.OwnAsync(db, notificationId, caller, cancellationToken);
            notification.ReadAt ??= StoredTime.Now(clock);
            // Urgent news still goes everywhere until someone acknowledges it.
            if (notification.Priority != Priority.Urgent)
            {
                await CancelOpenDeliveriesAsync(notification.Id, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            return NotificationMapping.ToProto(notification);
        });
    }

    public Task<Proto.Notification> AcknowledgeAsync(Proto.AcknowledgeRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var notificationId = NotificationLookup.ParseId(request.NotificationId);
        return ConcurrentWrites.RetryAsync(db, async () =>
        {
            var notification = await NotificationLookup.OwnAsync(db, notificationId, caller, cancellationToken);
            var now = StoredTime.Now(clock);
            if (notification.AcknowledgedAt is null)
            {
                notification.AcknowledgedAt = now;
                AcknowledgementAudit.Record(db, notification, caller, now);
                // The triage's owner (progress) learns of it, so the alert leaves the top of the caseload everywhere.
                if (caller.Role == CallerRole.Therapist)
                {
                    foreach (var (kind, raisedAt) in await AcknowledgedAlerts.InAsync(db, notification, cancellationToken))
                    {
                        db.Publish(new AlertAcknowledged(notification.Id, notification.PatientId, caller.Id, kind.ToString(), raisedAt, now), now);
                    }
                }
            }
            notification.ReadAt ??= now;
            await CancelOpenDeliveriesAsync(notification.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return NotificationMapping.ToProto(notification);
        });
    }

    private async Task CancelOpenDeliveriesAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var open = await db.Deliveries
            .Where(d => d.NotificationId == notificationId && (d.State == DeliveryState.Pending || d.State == DeliveryState.Held))
            .ToListAsync(cancellationToken);
        foreach (var delivery in open)
        {
            delivery.Cancel();
        }
    }
}
