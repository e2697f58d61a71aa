using NodaTime;
using Telehealth.Notification.Policies;
using Telehealth.Notification.Recipients;

namespace Telehealth.Notification.Data;

/// <summary>
/// Someone notifications are for: learned from the first event that names them, or from their
/// own preferences. Holds the counter that gives each of their notifications its cursor.
/// </summary>
public sealed class Recipient
{
    public Guid Id { get; set; }

    /// <summary>"patient" or "therapist", as the events that named them said.</summary>
    public string? Role { get; set; }

    public bool EmailEnabled { get; set; }

    public string? Email { get; set; }

    public bool WebhookEnabled { get; set; }

    public string? WebhookUrl { get; set; }

    /// <summary>IANA time zone id.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>"HH:mm", with QuietEnd; both null for no quiet hours.</summary>
    public string? QuietStart { get; set; }

    public string? QuietEnd { get; set; }

    /// <summary>The cursor of the recipient's newest notification.</summary>
    public long LastSequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PreferencesUpdatedAt { get; set; }

    public long NextSequence() => ++LastSequence;

    public RecipientPreferences Preferences() => new(
        EmailEnabled,
        Email,
        WebhookEnabled,
        WebhookUrl,
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone) ?? DateTimeZone.Utc,
        QuietHours.TryParseTime(QuietStart, out var start) && QuietHours.TryParseTime(QuietEnd, out var end) ? new QuietHours(start, end) : null);
}
