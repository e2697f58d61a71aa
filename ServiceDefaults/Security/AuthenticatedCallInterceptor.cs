using Telehealth.Grpc;
using Telehealth.Grpc.Server;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// Every call of a telehealth API needs a valid token; only the standard grpc.* services
/// (health, reflection) answer anyone, so probes and tools work without credentials.
/// </summary>
public sealed class AuthenticatedCallInterceptor : AdmissionInterceptor
{
    protected override void Admit(ServerCallContext context)
    {
        if (OpenMethods.Contains(context.Method) || context.User.Identity?.IsAuthenticated == true)
        {
            return;
        }
        var reason = context.HttpContext.Items[BearerTokenAuthenticationHandler.FailureItem] as string ?? "the call carries no bearer token";
        throw new RpcException(StatusCode.Unauthenticated, $"Not authenticated: {reason}.");
    }
}
