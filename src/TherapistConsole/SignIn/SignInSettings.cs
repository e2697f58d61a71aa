namespace Telehealth.TherapistConsole.SignIn;

/// <summary>
/// How therapists sign in (configuration section "Console:Authentication"): through an OpenID
/// Connect issuer when <see cref="Authority"/> is set; otherwise, in Development only, by picking
/// who they are, with tokens signed by the development key in <see cref="DevelopmentKeyFile"/>.
/// </summary>
public sealed class SignInSettings
{
    public const string Section = "Console:Authentication";

    /// <summary>The OpenID Connect issuer, e.g. https://login.clinic.example/realms/telehealth.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Scopes asked for beyond openid and profile, e.g. the API scope the services' audience stands for.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The AppHost's development signing key (identity/signing-key.json in its state folder).</summary>
    public string DevelopmentKeyFile { get; set; } = "";

    public bool UsesIssuer => !string.IsNullOrWhiteSpace(Authority);

    public bool UsesDevelopmentKey => !string.IsNullOrWhiteSpace(DevelopmentKeyFile);
}
