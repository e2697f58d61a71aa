using Telehealth.Grpc;
using Telehealth.Grpc.Server;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// Every call of a telehealth API needs a valid token; only the standard grpc.* services
/// (health, reflection) answer anyone, so probes and tools work without credentials.
/// </summary>
public sealed class AuthenticatedCallInterceptor : ServerInterceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, responseStream, context);
    }

    private static void Authenticate(ServerCallContext context)
    {
        if (OpenMethods.Contains(context.Method) || context.User.Identity?.IsAuthenticated == true)
        {
            return;
        }
        var reason = context.HttpContext.Items[BearerTokenAuthenticationHandler.FailureItem] as string ?? "the call carries no bearer token";
        throw new RpcException(StatusCode.Unauthenticated, $"Not authenticated: {reason}.");
    }
}
