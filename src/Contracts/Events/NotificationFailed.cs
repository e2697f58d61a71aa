namespace Telehealth.Contracts.Events.V1;

/// <summary>A notification could not be delivered on a channel after every retry.</summary>
public sealed record NotificationFailed(
    Guid NotificationId,
    Guid RecipientId,
    string Channel,
    Guid SourceEventId,
    string Reason,
    DateTimeOffset FailedAt);
