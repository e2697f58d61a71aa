namespace Telehealth.Notification.Delivery;

/// <summary>The JSON a webhook receives: generic text and ids, never clinical content.</summary>
public sealed record WebhookPayload(
    Guid DeliveryId,
    Guid? NotificationId,
    Guid RecipientId,
    string Purpose,
    string Priority,
    string Subject,
    string Body,
    long SentAt);
