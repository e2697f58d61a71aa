using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Data;

/// <summary>
/// One thing a session report led to (an alert, a suggestion, a change made automatically, a
/// review request), kept as a part of the therapist's single notification about that report.
/// </summary>
public sealed class NotificationFinding
{
    public Guid Id { get; set; }

    public Guid NotificationId { get; set; }

    public Guid RecipientId { get; set; }

    public Guid SourceEventId { get; set; }

    public string SourceEventType { get; set; } = "";

    public NotificationKind Kind { get; set; }

    public Priority Priority { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    public bool RequiresAcknowledgement { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
