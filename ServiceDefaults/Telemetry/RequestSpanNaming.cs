using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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
        activity.DisplayName = $"{context.Request.Method} {context.Request.Path}";
        activity.SetTag("http.request.method", context.Request.Method);
        activity.SetTag("url.path", context.Request.Path.Value);
        activity.SetTag("network.protocol.version", context.Request.Protocol);
        await next(context);
        activity.SetTag("http.response.status_code", context.Response.StatusCode);
    });
}
