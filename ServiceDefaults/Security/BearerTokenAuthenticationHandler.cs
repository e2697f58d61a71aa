using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// Authenticates "authorization: Bearer …" with <see cref="BearerTokenValidator"/>. It never
/// challenges: gRPC calls without a valid token are refused by <see cref="AuthenticatedCallInterceptor"/>
/// with UNAUTHENTICATED, which every gRPC client understands better than an HTTP 401.
/// </summary>
public sealed class BearerTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    BearerTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    internal const string FailureItem = "telehealth.token-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("the authorization metadata is not a bearer token");
        }
        var (principal, failure) = await validator.ValidateAsync(authorization["Bearer ".Length..].Trim());
        return principal is null
            ? Fail(failure!)
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private AuthenticateResult Fail(string reason)
    {
        Context.Items[FailureItem] = reason;
        Logger.LogInformation("Refused a bearer token: {TokenProblem}", reason);
        return AuthenticateResult.Fail(reason);
    }
}
