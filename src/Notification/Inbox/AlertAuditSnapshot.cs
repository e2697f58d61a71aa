using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Inbox;

/// <summary>An alert as its acknowledgement's audit record keeps it: what it was, and when it was acknowledged.</summary>
internal sealed record AlertAuditSnapshot(NotificationKind Kind, Priority Priority, string Title, DateTimeOffset CreatedAt, DateTimeOffset? AcknowledgedAt)
{
    public static AlertAuditSnapshot Of(StoredNotification notification, DateTimeOffset? acknowledgedAt) =>
        new(notification.Kind, notification.Priority, notification.Title, notification.CreatedAt, acknowledgedAt);
}
