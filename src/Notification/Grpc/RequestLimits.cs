namespace Telehealth.Notification.Grpc;

/// <summary>
/// The most a request may carry, checked before anything is looked up or written. Far above
/// what anyone enters, they keep one request from filling the database or the service's
/// memory. Ids are UUIDs; time zones and quiet hours must parse, which bounds them too.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Channels in SetPreferences: each channel once, with room for channels to come.</summary>
    public const int Channels = 10;

    /// <summary>An email address: the longest that SMTP carries (RFC 5321).</summary>
    public const int Email = 254;

    /// <summary>A webhook URL: what browsers and gateways reliably accept.</summary>
    public const int WebhookUrl = 2000;

    /// <summary>ListNotifications page_size.</summary>
    public const int PageSize = 200;
}
