using Grpc.Core;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// Every call of a telehealth API needs a valid token; only the standard grpc.* services
/// (health, reflection) answer anyone, so probes and tools work without credentials.
/// </summary>
public sealed class AuthenticatedCallInterceptor : AdmissionInterceptor
{
    protected override void Admit(ServerCallContext context)
    {
        if (OpenMethods.Contains(context.Method) || context.GetHttpContext().User.Identity?.IsAuthenticated == true)
        {
            return;
        }
        var reason = context.GetHttpContext().Items[BearerTokenEvents.FailureItem] as string ?? "the call carries no bearer token";
        throw new RpcException(new Status(StatusCode.Unauthenticated, $"Not authenticated: {reason}."));
    }
}
