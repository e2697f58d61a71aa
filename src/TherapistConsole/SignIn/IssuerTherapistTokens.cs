using Microsoft.AspNetCore.Authentication;

namespace Telehealth.TherapistConsole.SignIn;

/// <summary>
/// Production: the access token the OpenID Connect issuer gave at sign-in, kept in the sign-in
/// cookie. In a circuit, HttpContext is the request that opened it, which carries that cookie.
/// </summary>
internal sealed class IssuerTherapistTokens(IHttpContextAccessor http) : ITherapistTokens
{
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request to read the therapist's access token from.");
        return await context.GetTokenAsync("access_token")
            ?? throw new InvalidOperationException("The sign-in holds no access token: the issuer must return one (response type code).");
    }
}
