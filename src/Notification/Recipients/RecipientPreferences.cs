using NodaTime;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Recipients;

/// <summary>How a recipient wants to hear: in-app always, email and webhook when chosen and addressed.</summary>
public sealed record RecipientPreferences(
    bool EmailEnabled,
    string? Email,
    bool WebhookEnabled,
    string? WebhookUrl,
    DateTimeZone Zone,
    QuietHours? Quiet)
{
    /// <summary>A recipient who never set preferences: in-app only, UTC, no quiet hours.</summary>
    public static readonly RecipientPreferences Default = new(false, null, false, null, DateTimeZone.Utc, null);
}
