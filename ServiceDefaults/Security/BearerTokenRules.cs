using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// What a telehealth bearer token must be, beyond what JwtBearer checks by itself: ES256 and a key
/// id, read from the header before any key is tried (so "none" and HS256, including HMAC keyed
/// with the public key, never reach a signature check); a UUID subject and a known role. Every
/// reason it gives is safe to log and to send: it holds no token content.
/// </summary>
public static class BearerTokenRules
{
    public const int MaximumTokenBytes = 8 * 1024;

    // Reading a header keeps no state, so one handler serves every call.
    private static readonly JsonWebTokenHandler Reader = new() { MaximumTokenSizeInBytes = MaximumTokenBytes };

    public static TokenValidationParameters ValidationParameters(TokenSettings settings) => new()
    {
        ValidIssuer = settings.Issuer,
        ValidAudience = settings.Audience,
        IssuerSigningKeys = settings.SigningKeys.Select(key => key.ToSecurityKey()).ToList(),
        ValidAlgorithms = [TokenClaims.Algorithm],
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
        ValidateLifetime = true,
        ClockSkew = settings.ClockSkew,
        NameClaimType = TokenClaims.Subject,
        RoleClaimType = TokenClaims.Role,
    };

    /// <summary>Why the token's form or header is refused, or null when it may be validated.</summary>
    public static string? HeaderProblem(string token)
    {
        if (token.Length > MaximumTokenBytes || !Reader.CanReadToken(token))
        {
            return "the token is not a well-formed JWT";
        }
        JsonWebToken header;
        try
        {
            header = Reader.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return "the token is not a well-formed JWT";
        }
        if (!string.Equals(header.Alg, TokenClaims.Algorithm, StringComparison.Ordinal))
        {
            return $"the token is not signed with {TokenClaims.Algorithm}";
        }
        return string.IsNullOrEmpty(header.Kid) ? "the token names no signing key" : null;
    }

    /// <summary>Why a token with a valid signature still names no caller the services know, or null.</summary>
    public static string? CallerProblem(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue(TokenClaims.Subject), out var subject) || subject == Guid.Empty)
        {
            return "the token's subject is not a UUID";
        }
        var role = principal.FindFirstValue(TokenClaims.Role);
        return Enum.TryParse<CallerRole>(role, ignoreCase: true, out var known) && Enum.IsDefined(known) && !role!.All(char.IsDigit)
            ? null
            : "the token's role is not patient, therapist, operator or service";
    }

    /// <summary>Why JwtBearer refused the token, in words.</summary>
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token is from another issuer",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed with an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is not valid",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenMalformedException => "the token is not a well-formed JWT",
        _ => "the token is not valid",
    };
}
