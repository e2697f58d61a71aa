using Microsoft.AspNetCore.Authorization;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>The authorization policies the telehealth APIs are marked with (<c>[Authorize(Policy = ...)]</c>).</summary>
public static class CallerPolicies
{
    /// <summary>A validated token naming one of the services' roles; what each role may do is the use case's to say.</summary>
    public const string Caller = "telehealth-caller";

    internal static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Caller, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(TokenClaims.Role, Enum.GetNames<CallerRole>().Select(role => role.ToLowerInvariant())));
}
