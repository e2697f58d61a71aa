namespace Telehealth.Notification.Delivery;

public sealed class WebhookOptions
{
    /// <summary>The HMAC-SHA256 key receivers verify X-Telehealth-Signature with.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>Accept http:// webhook URLs as well as https:// (development and tests only).</summary>
    public bool AllowHttp { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gateways of the clinic's own on addresses or names that are otherwise refused: host names,
    /// addresses or CIDR ranges, a name or an address optionally with ":port" (see Policies/AllowedTarget).
    /// </summary>
    public List<string> AllowedPrivateTargets { get; set; } = [];

    /// <summary>
    /// Name suffixes that are internal in this clinic's network (".corp"), refused as webhook hosts
    /// besides the built-in .localhost, .internal, .local, .lan and .home.arpa.
    /// </summary>
    public List<string> InternalNameSuffixes { get; set; } = [];
}
