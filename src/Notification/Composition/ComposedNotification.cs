namespace Telehealth.Notification.Composition;

/// <summary>
/// What one person is told about one event. The in-app title and body are private to the
/// recipient's app and may carry clinical detail; the public subject and body go by email and
/// webhook, through servers and gateways nobody here controls, and never do.
/// </summary>
public sealed record ComposedNotification(
    Guid RecipientId,
    Audience Audience,
    NotificationKind Kind,
    Priority Priority,
    string Title,
    string Body,
    PublicText Public,
    Guid PatientId,
    bool RequiresAcknowledgement = false);
