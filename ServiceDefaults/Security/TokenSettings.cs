namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// Who issues the tokens a service accepts, for whom, and with which public keys
/// (configuration section "Authentication"). More than one key may be active, so keys rotate
/// without downtime: publish the new key, issue with it, then retire the old one.
/// </summary>
public sealed class TokenSettings
{
    public const string Section = "Authentication";

    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    public List<SigningKeySetting> SigningKeys { get; set; } = [];

    /// <summary>Tolerance for clocks that disagree a little about expiry and not-before.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Why these settings cannot validate anything, or null when they can.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Issuer))
        {
            return "Authentication:Issuer is not set";
        }
        if (string.IsNullOrWhiteSpace(Audience))
        {
            return "Authentication:Audience is not set";
        }
        if (SigningKeys.Count == 0)
        {
            return "Authentication:SigningKeys has no key (each needs KeyId and PublicKey, a PEM or base64 P-256 public key)";
        }
        return SigningKeys.Select((key, index) => key.Problem(index)).FirstOrDefault(problem => problem is not null);
    }
}
