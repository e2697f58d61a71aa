using System.Security.Claims;

namespace Telehealth.TherapistConsole.SignIn;

/// <summary>The claims the console keeps for a signed-in therapist: the services' own names, "sub" and "role".</summary>
public static class TherapistClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string TherapistRole = "therapist";

    /// <summary>The therapist's id (the token subject), or null when the user names none.</summary>
    public static Guid? IdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Subject), out var id) && id != Guid.Empty ? id : null;

    /// <summary>The name to greet the therapist with: theirs, else their id's first 8 digits.</summary>
    public static string DisplayName(ClaimsPrincipal user) =>
        user.FindFirstValue(Name) is { Length: > 0 } name ? name
        : IdOf(user) is { } id ? $"Therapist {id.ToString()[..8]}"
        : "Therapist";

    public static ClaimsPrincipal Principal(Guid id, string name, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(Subject, id.ToString()), new Claim(Name, name), new Claim(Role, TherapistRole)],
            authenticationType, Name, Role));
}
