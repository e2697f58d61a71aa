using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>One public key that may have signed a token: its key id ("kid") and the P-256 key itself.</summary>
public sealed class SigningKeySetting
{
    public string KeyId { get; set; } = "";

    /// <summary>SubjectPublicKeyInfo, as PEM ("-----BEGIN PUBLIC KEY-----") or plain base64 DER.</summary>
    public string PublicKey { get; set; } = "";

    internal string? Problem(int index)
    {
        if (string.IsNullOrWhiteSpace(KeyId))
        {
            return $"Authentication:SigningKeys:{index}:KeyId is not set";
        }
        try
        {
            using var key = Load();
            return key.KeySize == 256 ? null : $"Authentication:SigningKeys:{index}:PublicKey is not a P-256 key";
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or ArgumentException)
        {
            return $"Authentication:SigningKeys:{index}:PublicKey is not a PEM or base64 EC public key";
        }
    }

    internal ECDsaSecurityKey ToSecurityKey() => new(Load()) { KeyId = KeyId };

    private ECDsa Load()
    {
        var key = ECDsa.Create();
        if (PublicKey.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            key.ImportFromPem(PublicKey);
        }
        else
        {
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(PublicKey.Trim()), out _);
        }
        return key;
    }
}
