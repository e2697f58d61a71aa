using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// JwtBearer's token handler, remembering the tokens it has found valid until they expire. A
/// patient app sends the same token with every call for its whole life, and checking its ES256
/// signature again each time was a tenth of a busy service's CPU. Only exact, valid tokens are
/// remembered (the whole token is the key, so a token differing in any byte is checked in full),
/// never past their own expiry, and each call gets its own copy of the identity. Keys come from
/// configuration when the service starts, so a retired key also means a restart, which forgets.
/// </summary>
internal sealed class RememberingTokenHandler : JsonWebTokenHandler, IDisposable
{
    private const int RememberedTokens = 10_000;
    private static readonly TimeSpan LongestMemory = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = RememberedTokens });

    public RememberingTokenHandler()
    {
        MaximumTokenSizeInBytes = BearerTokenRules.MaximumTokenBytes;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        // The clock IdentityModel checks lifetimes with.
        var now = DateTime.UtcNow;
        if (_valid.TryGetValue(token, out TokenValidationResult? remembered) && remembered!.SecurityToken.ValidTo > now)
        {
            return Copy(remembered);
        }
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken.ValidTo > now)
        {
            var expires = result.SecurityToken.ValidTo < now + LongestMemory ? result.SecurityToken.ValidTo : now + LongestMemory;
            _valid.Set(token, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(expires, TimeSpan.Zero) });
            return Copy(result);
        }
        return result;
    }

    /// <summary>Whether the token is remembered as valid and has not expired.</summary>
    public bool Remembers(string token) =>
        _valid.TryGetValue(token, out TokenValidationResult? remembered) && remembered!.SecurityToken.ValidTo > DateTime.UtcNow;

    public void Dispose() => _valid.Dispose();

    // JwtBearer builds the call's principal around the identity: no two calls may share one.
    private static TokenValidationResult Copy(TokenValidationResult valid) => new()
    {
        IsValid = true,
        ClaimsIdentity = valid.ClaimsIdentity.Clone(),
        SecurityToken = valid.SecurityToken,
        Issuer = valid.Issuer,
        TokenType = valid.TokenType,
    };
}
