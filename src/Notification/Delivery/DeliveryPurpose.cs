namespace Telehealth.Notification.Delivery;

public enum DeliveryPurpose
{
    Direct = 1,
    Escalation = 2,
    Digest = 3,
}
