namespace Telehealth.Notification.Delivery;

public enum DeliveryState
{
    /// <summary>Due at NextAttemptAt: a first try or a retry.</summary>
    Pending = 1,

    /// <summary>Waiting for the recipient's quiet hours to end (due at NextAttemptAt).</summary>
    Held = 2,

    /// <summary>An attempt is in flight; found like this at start-up, the attempt was interrupted.</summary>
    Sending = 3,

    Delivered = 4,
    Failed = 5,

    /// <summary>Folded into a digest delivery, which carries it.</summary>
    Digested = 6,

    /// <summary>No longer needed: the notification was read or acknowledged before it went.</summary>
    Cancelled = 7,
}
