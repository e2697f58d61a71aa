namespace Telehealth.ServiceDefaults.Security;

/// <summary>The claims a telehealth token carries beyond the registered ones.</summary>
public static class TokenClaims
{
    public const string Subject = "sub";

    public const string Role = "role";

    /// <summary>The only signing algorithm accepted: ECDSA P-256 with SHA-256.</summary>
    public const string Algorithm = "ES256";
}
