using Microsoft.AspNetCore.Builder;

namespace Telehealth.AppHost.Dashboard.Hosting;

/// <summary>Headers that keep the pages from loading anything foreign or being framed by another site.</summary>
internal static class SecurityHeaders
{
    // Scripts and styles only from the dashboard itself; element.style set from script is still allowed.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
}
