using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Notification.Inbox;

/// <summary>
/// A therapist acknowledging an alert about a patient is a clinical act: it says a red flag was
/// seen and taken up, and it stops the escalation. Recorded the first time only, as the
/// acknowledgement itself keeps its first time.
/// </summary>
internal static class AcknowledgementAudit
{
    public static void Record(NotificationDbContext db, StoredNotification notification, Caller caller, DateTimeOffset at)
    {
        if (caller.Role != CallerRole.Therapist || notification.PatientId == Guid.Empty)
        {
            return;
        }
        db.RecordAudit(new AuditEntry(notification.PatientId, caller.ToString(), "alert.acknowledged", notification.Id)
        {
            Before = Snapshot(notification, acknowledgedAt: null),
            After = Snapshot(notification, notification.AcknowledgedAt),
        }, at);
    }

    private static object Snapshot(StoredNotification notification, DateTimeOffset? acknowledgedAt) => new
    {
        notification.Kind,
        notification.Priority,
        notification.Title,
        notification.CreatedAt,
        AcknowledgedAt = acknowledgedAt,
    };
}
