using System.Security.Claims;
using Telehealth.Grpc;
using Telehealth.Grpc.Server;

namespace Telehealth.ServiceDefaults.Api;

public static class CallerResolution
{
    public const string IdHeader = "x-caller-id";
    public const string RoleHeader = "x-caller-role";

    /// <summary>
    /// The caller of this call: the authenticated user's subject and role claims, or else the
    /// x-caller-id / x-caller-role metadata that development and tests send. UNAUTHENTICATED otherwise.
    /// </summary>
    public static Caller GetCaller(this ServerCallContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var subject = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");
            var role = user.FindFirstValue(ClaimTypes.Role) ?? user.FindFirstValue("role");
            if (Guid.TryParse(subject, out var subjectId) && TryParseRole(role, out var parsed))
            {
                return new Caller(subjectId, parsed);
            }
        }
        if (Guid.TryParse(context.RequestHeaders.GetValue(IdHeader), out var id) && TryParseRole(context.RequestHeaders.GetValue(RoleHeader), out var headerRole))
        {
            return new Caller(id, headerRole);
        }
        throw new RpcException(StatusCode.Unauthenticated, "The call carries no caller identity.");
    }

    /// <summary>PERMISSION_DENIED unless the caller has one of the roles.</summary>
    public static Caller Require(this Caller caller, params CallerRole[] roles) =>
        roles.Contains(caller.Role)
            ? caller
            : throw new RpcException(StatusCode.PermissionDenied, $"A {caller.Role.ToString().ToLowerInvariant()} may not do this.");

    private static bool TryParseRole(string? value, out CallerRole role) =>
        Enum.TryParse(value, ignoreCase: true, out role) && Enum.IsDefined(role);
}
