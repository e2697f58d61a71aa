namespace Telehealth.Notification.Delivery;

/// <summary>
/// A webhook's host resolved only to addresses a webhook may not reach. The message is fixed and
/// names neither the host nor its addresses: it becomes the delivery's recorded error.
/// </summary>
public sealed class NonPublicTargetException() : Exception(Reason)
{
    public const string Reason = "webhook target is not a public address";
}
