namespace Telehealth.Notification.Composition;

public enum Priority
{
    /// <summary>In-app only: worth knowing, not worth an email.</summary>
    Low = 1,

    /// <summary>The recipient's channels, held through quiet hours, rate limited into digests.</summary>
    Normal = 2,

    /// <summary>Every channel at once, quiet hours or not, and escalated when it needs an acknowledgement that does not come.</summary>
    Urgent = 3,
}
