using Telehealth.Notification.Data;

namespace Telehealth.Notification.Tests.Events;

internal static class TestRecipients
{
    public static Recipient With(Guid id, string? email = null, string? webhook = null, string zone = "UTC", string? quietStart = null, string? quietEnd = null) => new()
    {
        Id = id,
        EmailEnabled = email is not null,
        Email = email,
        WebhookEnabled = webhook is not null,
        WebhookUrl = webhook,
        TimeZone = zone,
        QuietStart = quietStart,
        QuietEnd = quietEnd,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
