using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Data;

/// <summary>One notification in one recipient's inbox; its Sequence is the cursor Subscribe resumes from.</summary>
public sealed class StoredNotification
{
    public Guid Id { get; set; }

    public Guid RecipientId { get; set; }

    public long Sequence { get; set; }

    public NotificationKind Kind { get; set; }

    public Priority Priority { get; set; }

    /// <summary>In-app text: private to the recipient's app, may carry clinical detail.</summary>
    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public Guid PatientId { get; set; }

    public Guid SourceEventId { get; set; }

    /// <summary>The session report a therapist's notification is about; what else the report leads to is gathered into it while unread.</summary>
    public Guid? ReportId { get; set; }

    public string SourceEventType { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public bool RequiresAcknowledgement { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateTimeOffset? EscalateAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }
}
