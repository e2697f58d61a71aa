using System.Security.Claims;
using Grpc.Core;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Api;

public static class CallerResolution
{
    /// <summary>
    /// The caller of this call: the subject and role of its validated bearer token.
    /// UNAUTHENTICATED when there is none (the authentication interceptor refuses those earlier).
    /// </summary>
    public static Caller GetCaller(this ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        if (user.Identity?.IsAuthenticated == true
            && Guid.TryParse(user.FindFirstValue(TokenClaims.Subject), out var subject)
            && TryParseRole(user.FindFirstValue(TokenClaims.Role), out var role))
        {
            return new Caller(subject, role);
        }
        throw new RpcException(new Status(StatusCode.Unauthenticated, "Not authenticated: the call carries no valid bearer token."));
    }

    /// <summary>PERMISSION_DENIED unless the caller has one of the roles.</summary>
    public static Caller Require(this Caller caller, params CallerRole[] roles) =>
        roles.Contains(caller.Role)
            ? caller
            : throw new RpcException(new Status(StatusCode.PermissionDenied, $"{Article(caller.Role)} {caller.Role.ToString().ToLowerInvariant()} may not do this."));

    private static string Article(CallerRole role) => role is CallerRole.Operator ? "An" : "A";

    private static bool TryParseRole(string? value, out CallerRole role) =>
        Enum.TryParse(value, ignoreCase: true, out role) && Enum.IsDefined(role);
}
