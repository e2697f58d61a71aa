using Microsoft.AspNetCore.Authorization;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>The authorization policies the telehealth APIs are marked with (<c>[Authorize(Policy = ...)]</c>).</summary>
public static class CallerPolicies
{
    /// <summary>A validated token naming one of the services' roles; what each role may do is the use case's to say.</summary>
    public const string Caller = "telehealth-caller";

    /// <summary>A therapist: prescribing, the exercise library, caseloads, suggestions, triage.</summary>
    public const string Therapist = "telehealth-therapist";

    /// <summary>A patient or a therapist: people with an inbox and records, not operators or services.</summary>
    public const string PatientOrTherapist = "telehealth-patient-or-therapist";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Caller, policy => policy.RequireAuthenticatedUser().RequireClaim(TokenClaims.Role, RoleNames(Enum.GetValues<CallerRole>())));
        options.AddPolicy(Therapist, policy => policy.RequireAuthenticatedUser().RequireClaim(TokenClaims.Role, RoleNames([CallerRole.Therapist])));
        options.AddPolicy(PatientOrTherapist, policy => policy.RequireAuthenticatedUser().RequireClaim(TokenClaims.Role, RoleNames([CallerRole.Patient, CallerRole.Therapist])));
    }

    // Tokens carry roles in lower case ("therapist"); the claim check is exact.
    private static IEnumerable<string> RoleNames(IEnumerable<CallerRole> roles) => roles.Select(role => role.ToString().ToLowerInvariant());
}
