using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Inbox;

/// <summary>The notifications that stand for a clinical alert another service keeps open until a therapist has seen it.</summary>
internal static class AcknowledgedAlerts
{
    public static bool IsAlert(NotificationKind kind) => kind is NotificationKind.RedFlag or NotificationKind.PainFlare or NotificationKind.AdherenceDropped;
}
