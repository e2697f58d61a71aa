using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Telehealth.Grpc.Server;

/// <summary>Answers gRPC calls to paths no bound method serves with UNIMPLEMENTED.</summary>
internal static class UnimplementedCallHandler
{
    public const string Pattern = "{unimplementedService}/{unimplementedMethod}";

    public static RequestDelegate Create(GrpcServiceRegistry registry) => httpContext =>
    {
        if (!GrpcRequestChecks.Accept(httpContext))
        {
            return Task.CompletedTask;
        }
        var service = httpContext.Request.RouteValues["unimplementedService"] as string ?? "";
        var message = registry.Contains(service) ? "Method is unimplemented." : "Service is unimplemented.";
        GrpcResponse.PrepareHeaders(httpContext.Response);
        GrpcResponse.WriteStatus(httpContext, new Status(StatusCode.Unimplemented, message), null);
        return Task.CompletedTask;
    };

    /// <summary>Only gRPC requests fall through to this route; other traffic keeps its 404.</summary>
    public sealed class GrpcContentTypeConstraint : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            httpContext is not null && GrpcProtocol.IsGrpcContentType(httpContext.Request.ContentType);
    }
}
