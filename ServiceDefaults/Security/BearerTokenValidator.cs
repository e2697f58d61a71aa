using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// Checks a bearer token: ES256 only (so "none" and HS256 are refused before any key is tried),
/// signed by one of the configured keys (looked up by "kid"), for this issuer and audience,
/// unexpired within the clock skew, and naming a UUID subject and a known role.
/// </summary>
public sealed class BearerTokenValidator
{
    public const string AuthenticationType = "telehealth-bearer";

    private const int MaximumTokenBytes = 8 * 1024;

    private readonly JsonWebTokenHandler _handler = new() { MaximumTokenSizeInBytes = MaximumTokenBytes };
    private readonly TokenValidationParameters _parameters;
    private readonly ValidatedTokens _validated;

    public BearerTokenValidator(IOptions<TokenSettings> options, TimeProvider? clock = null)
    {
        var settings = options.Value;
        _validated = new ValidatedTokens(clock ?? TimeProvider.System);
        if (settings.Problem() is { } problem)
        {
            throw new InvalidOperationException($"Tokens cannot be validated: {problem}.");
        }
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKeys = settings.SigningKeys.Select(key => key.ToSecurityKey()).ToList(),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            ClockSkew = settings.ClockSkew,
        };
    }

    /// <summary>The caller the token names, or why it is refused (a reason safe to log: no token content).</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Failure)> ValidateAsync(string token)
    {
        if (_validated.TryGet(token, out var known))
        {
            return (Principal(known.Subject, known.Role), null);
        }
        if (token.Length > MaximumTokenBytes || !_handler.CanReadToken(token))
        {
            return (null, "the token is not a well-formed JWT");
        }
        JsonWebToken header;
        try
        {
            header = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return (null, "the token is not a well-formed JWT");
        }
        if (!string.Equals(header.Alg, TokenClaims.Algorithm, StringComparison.Ordinal))
        {
            return (null, $"the token is not signed with {TokenClaims.Algorithm}");
        }
        if (string.IsNullOrEmpty(header.Kid))
        {
            return (null, "the token names no signing key");
        }
        TokenValidationResult result;
        try
        {
            result = await _handler.ValidateTokenAsync(token, _parameters);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return (null, Describe(exception));
        }
        if (!result.IsValid)
        {
            return (null, Describe(result.Exception));
        }
        var subject = result.ClaimsIdentity.FindFirst(TokenClaims.Subject)?.Value;
        var role = result.ClaimsIdentity.FindFirst(TokenClaims.Role)?.Value;
        if (!Guid.TryParse(subject, out var subjectId) || subjectId == Guid.Empty)
        {
            return (null, "the token's subject is not a UUID");
        }
        if (!Enum.TryParse<CallerRole>(role, ignoreCase: true, out var callerRole) || !Enum.IsDefined(callerRole) || role!.All(char.IsDigit))
        {
            return (null, "the token's role is not patient, therapist, operator or service");
        }
        _validated.Add(token, subjectId, callerRole, new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero) + _parameters.ClockSkew);
        return (Principal(subjectId, callerRole), null);
    }

    private static ClaimsPrincipal Principal(Guid subject, CallerRole role) =>
        new(new ClaimsIdentity(
            [new Claim(TokenClaims.Subject, subject.ToString()), new Claim(TokenClaims.Role, role.ToString().ToLowerInvariant())],
            AuthenticationType, TokenClaims.Subject, TokenClaims.Role));

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token is from another issuer",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed with an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is not valid",
        SecurityTokenNoExpirationException => "the token has no expiry",
        _ => "the token is not valid",
    };
}
