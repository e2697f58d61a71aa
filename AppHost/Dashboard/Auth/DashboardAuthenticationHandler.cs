using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Telehealth.AppHost.Dashboard.Auth;

/// <summary>
/// Signs in a browser by its session cookie and a script by <c>Authorization: Bearer &lt;token&gt;</c>.
/// Without either, pages are sent to the login page and APIs get 401.
/// </summary>
internal sealed class DashboardAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DashboardCredentials credentials)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (credentials.IsSession(Request.Cookies[DashboardCredentials.CookieName]))
        {
            return Task.FromResult(Success("cookie"));
        }
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(credentials.IsToken(authorization[BearerPrefix.Length..].Trim())
                ? Success("bearer")
                : AuthenticateResult.Fail("wrong token"));
        }
        return Task.FromResult(AuthenticateResult.NoResult());
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Request.Path.StartsWithSegments(DashboardAuthentication.ApiPrefix))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Response.Headers.WWWAuthenticate = "Bearer";
            await Response.WriteAsJsonAsync(new { error = "log in with the dashboard's token: open /login?t=<token> or send Authorization: Bearer <token>" });
            return;
        }
        Response.Redirect("/login");
    }

    private AuthenticateResult Success(string method)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "operator"), new Claim(ClaimTypes.AuthenticationMethod, method)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
