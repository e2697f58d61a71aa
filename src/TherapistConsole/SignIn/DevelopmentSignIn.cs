namespace Telehealth.TherapistConsole.SignIn;

/// <summary>
/// Whether the sign-in page may let a therapist say who they are, and whom it offers. Only in
/// Development with the AppHost's key; with an OpenID Connect issuer the issuer decides who signs in.
/// </summary>
public sealed record DevelopmentSignIn(bool Enabled, IReadOnlyList<KnownTherapist> Therapists)
{
    public static readonly DevelopmentSignIn Disabled = new(false, []);
}
