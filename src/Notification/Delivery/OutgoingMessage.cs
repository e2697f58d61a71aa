using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Delivery;

/// <summary>What a channel sends: generic text, an address, and the ids a receiver needs to drop a repeat.</summary>
public sealed record OutgoingMessage(
    Guid DeliveryId,
    Guid? NotificationId,
    Guid RecipientId,
    DeliveryPurpose Purpose,
    Priority Priority,
    string Address,
    string Subject,
    string Body)
{
    public static OutgoingMessage For(NotificationDelivery delivery) => new(
        delivery.Id, delivery.NotificationId, delivery.RecipientId, delivery.Purpose, delivery.Priority,
        delivery.Address, delivery.Subject, delivery.Body);
}
