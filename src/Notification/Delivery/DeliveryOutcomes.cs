using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Delivery;

/// <summary>Publishes NotificationDelivered / NotificationFailed (through the outbox, with the state change) for a delivery and, for a digest, for each notification it carried.</summary>
internal static class DeliveryOutcomes
{
    public static async Task PublishAsync(NotificationDbContext db, NotificationDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var channel = ChannelNames.Of(delivery.Channel, delivery.Purpose);
        foreach (var (notificationId, sourceEventId) in await CarriedAsync(db, delivery, cancellationToken))
        {
            if (delivery.State == DeliveryState.Delivered)
            {
                db.Publish(new NotificationDelivered(notificationId, delivery.RecipientId, channel, sourceEventId, now), now);
            }
            else if (delivery.State == DeliveryState.Failed)
            {
                db.Publish(new NotificationFailed(notificationId, delivery.RecipientId, channel, sourceEventId, delivery.LastError ?? "failed", now), now);
            }
        }
    }

    private static async Task<IReadOnlyList<(Guid NotificationId, Guid SourceEventId)>> CarriedAsync(NotificationDbContext db, NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.NotificationId is { } notificationId)
        {
            return [(notificationId, delivery.SourceEventId)];
        }
        var folded = await db.Deliveries.AsNoTracking()
            .Where(d => d.DigestId == delivery.Id && d.NotificationId != null)
            .Select(d => new { d.NotificationId, d.SourceEventId })
            .ToListAsync(cancellationToken);
        return folded.Select(d => (d.NotificationId!.Value, d.SourceEventId)).ToList();
    }
}
