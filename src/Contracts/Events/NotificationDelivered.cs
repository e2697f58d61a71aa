namespace Telehealth.Contracts.Events.V1;

public sealed record NotificationDelivered(
    Guid NotificationId,
    Guid RecipientId,
    string Channel,
    Guid SourceEventId,
    DateTimeOffset DeliveredAt);
