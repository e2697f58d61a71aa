using Microsoft.AspNetCore.Http;

namespace Telehealth.AppHost.Dashboard.Auth;

/// <summary>
/// Refuses state-changing requests sent by another site's page. The SameSite=Strict cookie already stops
/// them; this is the second lock, for browsers that treat another port on the same host as same-site.
/// </summary>
internal sealed class SameOriginFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        if (origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult<object?>(Results.Json(new { error = "cross-origin request refused" }, statusCode: StatusCodes.Status403Forbidden));
        }
        return next(context);
    }
}
