namespace Telehealth.Notification.Delivery;

public sealed class WebhookOptions
{
    /// <summary>The HMAC-SHA256 key receivers verify X-Telehealth-Signature with.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>Accept http:// webhook URLs as well as https:// (development and tests only).</summary>
    public bool AllowHttp { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
