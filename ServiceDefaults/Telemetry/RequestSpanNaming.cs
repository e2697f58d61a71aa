using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Telehealth.ServiceDefaults.Telemetry;

/// <summary>
/// Names ASP.NET Core's request span "POST /package.Service/Method" and adds the HTTP
/// attributes OpenTelemetry's conventions expect; without the instrumentation package the
/// span is anonymous and bare.
/// </summary>
public static class RequestSpanNaming
{
    public static IApplicationBuilder UseRequestSpanNaming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var activity = Activity.Current;
        if (activity is not { IsAllDataRequested: true } || activity.Source.Name != "Microsoft.AspNetCore")
        {
            await next(context);
            return;
        }
        var path = PathWithoutParameters(context);
        activity.DisplayName = $"{context.Request.Method} {path}";
        activity.SetTag("http.request.method", context.Request.Method);
        activity.SetTag("url.path", path);
        activity.SetTag("network.protocol.version", context.Request.Protocol);
        await next(context);
        activity.SetTag("http.response.status_code", context.Response.StatusCode);
    });

    // A route's parameters can be secrets (the calendar feed's token is the only key to a
    // patient's schedule), so a parameterised route is recorded as its template.
    private static string? PathWithoutParameters(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern: { Parameters.Count: > 0 } pattern }
            ? pattern.RawText
            : context.Request.Path.Value;
}
