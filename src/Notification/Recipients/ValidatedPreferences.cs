namespace Telehealth.Notification.Recipients;

/// <summary>A SetPreferences request that passed validation, normalised.</summary>
public sealed record ValidatedPreferences(
    Guid? RecipientId,
    bool EmailEnabled,
    string? Email,
    bool WebhookEnabled,
    string? WebhookUrl,
    string TimeZone,
    string? QuietStart,
    string? QuietEnd);
