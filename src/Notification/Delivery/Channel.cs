namespace Telehealth.Notification.Delivery;

public enum Channel
{
    InApp = 1,
    Email = 2,
    Webhook = 3,
}
