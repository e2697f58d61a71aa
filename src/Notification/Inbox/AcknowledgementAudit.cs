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
    public static AuditAction AlertAcknowledged { get; } = new("alert.acknowledged", typeof(AlertAuditSnapshot), SchemaVersion: 1);

    public static void Record(NotificationDbContext db, StoredNotification notification, Caller caller, DateTimeOffset at)
    {
        if (caller.Role != CallerRole.Therapist || notification.PatientId == Guid.Empty)
        {
            return;
        }
        db.RecordAudit(new AuditEntry(notification.PatientId, caller.ToString(), AlertAcknowledged, notification.Id)
        {
            Before = AlertAuditSnapshot.Of(notification, acknowledgedAt: null),
            After = AlertAuditSnapshot.Of(notification, notification.AcknowledgedAt),
        }, at);
    }
}
