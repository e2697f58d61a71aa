using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Telehealth.AppHost.Dashboard.Hosting;

/// <summary>
/// On a loopback binding, answers only requests addressed to a loopback name. A web page elsewhere can point
/// its own host name at 127.0.0.1 (DNS rebinding); its requests then carry that foreign name and are refused.
/// </summary>
internal static class LoopbackHostFilter
{
    public static IApplicationBuilder UseLoopbackHostFilter(this IApplicationBuilder app, IPAddress bindAddress)
    {
        if (!IPAddress.IsLoopback(bindAddress))
        {
            return app;
        }
        return app.Use((context, next) =>
        {
            if (!IsLoopbackName(context.Request.Host.Host))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return context.Response.WriteAsync("this dashboard answers only to localhost addresses");
            }
            return next(context);
        });
    }

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
