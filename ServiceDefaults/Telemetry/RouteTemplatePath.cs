using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Telehealth.ServiceDefaults.Telemetry;

/// <summary>
/// A route's parameters can be secrets (the calendar feed's token is the only key to a patient's
/// schedule), so the request span of a parameterised route records its template as the path.
/// </summary>
internal static class RouteTemplatePath
{
    public static void Apply(Activity activity, HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint { RoutePattern: { Parameters.Count: > 0 } pattern })
        {
            activity.SetTag("url.path", pattern.RawText);
        }
    }
}
