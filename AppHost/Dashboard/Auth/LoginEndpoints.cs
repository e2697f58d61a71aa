using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Telehealth.AppHost.Dashboard.Hosting;

namespace Telehealth.AppHost.Dashboard.Auth;

/// <summary>
/// GET /login?t=token (the link the AppHost prints) and the login form's POST set the session cookie and go
/// to the resources page; a wrong token gets the form again with 401. POST /logout forgets the cookie.
/// </summary>
internal static class LoginEndpoints
{
    private const string ErrorSlot = "<!--error-->";

    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login", (HttpContext context, string? t, DashboardCredentials credentials, EmbeddedAssets assets) =>
            t is null ? LoginPage(assets, null, StatusCodes.Status200OK) : LogIn(context, t, credentials, assets))
            .AllowAnonymous();
        endpoints.MapPost("/login", async (HttpContext context, DashboardCredentials credentials, EmbeddedAssets assets) =>
        {
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
            return LogIn(context, form?["token"].ToString(), credentials, assets);
        })
            .AllowAnonymous()
            .DisableAntiforgery();
        endpoints.MapPost("/logout", (HttpContext context) =>
        {
            context.Response.Cookies.Delete(DashboardCredentials.CookieName);
            return Results.Redirect("/login");
        })
            .AllowAnonymous()
            .AddEndpointFilter<SameOriginFilter>();
        return endpoints;
    }

    private static IResult LogIn(HttpContext context, string? token, DashboardCredentials credentials, EmbeddedAssets assets)
    {
        if (!credentials.IsToken(token?.Trim()))
        {
            return LoginPage(assets, "That token is not the one this dashboard printed.", StatusCodes.Status401Unauthorized);
        }
        context.Response.Cookies.Append(DashboardCredentials.CookieName, credentials.SessionValue, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });
        // Redirecting also takes the token out of the address bar and the history.
        return Results.Redirect("/");
    }

    private static IResult LoginPage(EmbeddedAssets assets, string? error, int statusCode)
    {
        var html = assets.Text("login.html");
        var message = error is null ? "" : $"<p class=\"login-error\" role=\"alert\" data-testid=\"login-error\">{WebUtility.HtmlEncode(error)}</p>";
        return Results.Content(html.Replace(ErrorSlot, message), "text/html; charset=utf-8", statusCode: statusCode);
    }
}
