using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc.Server;

/// <summary>
/// Answers gRPC calls no endpoint matched with UNIMPLEMENTED, from the end of the pipeline, so
/// served calls pay nothing for it (a catch-all route is a routing candidate on every request).
/// </summary>
internal sealed class UnimplementedCallStartupFilter(GrpcServiceRegistry registry) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use(nextMiddleware => httpContext =>
            HttpMethods.IsPost(httpContext.Request.Method)
            && GrpcProtocol.IsGrpcContentType(httpContext.Request.ContentType)
            && TryGetService(httpContext.Request.Path.Value, out var service)
                ? Answer(httpContext, service)
                : nextMiddleware(httpContext));
    };

    // "/service/method", both non-empty: the shape of a gRPC path.
    private static bool TryGetService(string? path, out string service)
    {
        service = "";
        if (path is not ['/', .. var rest] || rest.IndexOf('/') is var slash && (slash <= 0 || slash == rest.Length - 1 || rest.IndexOf('/', slash + 1) >= 0))
        {
            return false;
        }
        service = rest[..slash];
        return true;
    }

    private Task Answer(HttpContext httpContext, string service)
    {
        if (!GrpcRequestChecks.Accept(httpContext))
        {
            return Task.CompletedTask;
        }
        var message = registry.Contains(service) ? "Method is unimplemented." : "Service is unimplemented.";
        GrpcResponse.PrepareHeaders(httpContext.Response);
        GrpcResponse.WriteStatus(httpContext, new Status(StatusCode.Unimplemented, message), null);
        return Task.CompletedTask;
    }
}
