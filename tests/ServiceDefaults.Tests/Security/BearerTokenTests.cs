using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Security;

public sealed class BearerTokenTests : IAsyncLifetime
{
    private readonly DevelopmentIdentity _current = DevelopmentIdentity.Create();
    private readonly DevelopmentIdentity _previous = DevelopmentIdentity.Create();
    private TokenProbe _validator = null!;

    public async Task InitializeAsync() => _validator = await TokenProbe.StartAsync(_current, _previous);

    [Theory]
    [InlineData(CallerRole.Patient, "patient")]
    [InlineData(CallerRole.Therapist, "therapist")]
    [InlineData(CallerRole.Operator, "operator")]
    public async Task A_token_from_an_active_key_names_its_subject_and_role(CallerRole role, string claim)
    {
        var subject = Guid.NewGuid();
        var (caller, failure) = await _validator.AuthenticateAsync(_current.Issue(role, subject));

        Assert.Null(failure);
        Assert.Equal($"{subject} {claim}", caller);
    }

    [Fact]
    public async Task Both_keys_of_a_rotation_are_accepted_and_a_retired_key_is_not()
    {
        Assert.NotNull((await _validator.AuthenticateAsync(_previous.Issue(CallerRole.Patient, Guid.NewGuid()))).Caller);

        using var retired = DevelopmentIdentity.Create();
        var (caller, failure) = await _validator.AuthenticateAsync(retired.Issue(CallerRole.Patient, Guid.NewGuid()));
        Assert.Null(caller);
        Assert.Equal("the token is signed with an unknown key", failure);
    }

    [Fact]
    public async Task An_expired_token_is_refused_but_small_clock_skew_is_tolerated()
    {
        var hour = TimeSpan.FromHours(1);
        Assert.Equal("the token has expired", (await _validator.AuthenticateAsync(_current.Issue(CallerRole.Patient, Guid.NewGuid(), hour, DateTime.UtcNow.AddMinutes(-62)))).Failure);
        Assert.Null((await _validator.AuthenticateAsync(_current.Issue(CallerRole.Patient, Guid.NewGuid(), hour, DateTime.UtcNow.AddMinutes(-60).AddSeconds(-5)))).Failure);
    }

    [Fact]
    public async Task A_token_for_another_issuer_or_audience_is_refused()
    {
        using var otherIssuer = DevelopmentIdentity.Create(issuer: "someone-else");
        using var otherAudience = DevelopmentIdentity.Create(audience: "another-app");
        await using var validator = await TokenProbe.StartAsync(_current, otherIssuer, otherAudience);

        Assert.Equal("the token is from another issuer", (await validator.AuthenticateAsync(otherIssuer.Issue(CallerRole.Patient, Guid.NewGuid()))).Failure);
        Assert.Equal("the token is for another audience", (await validator.AuthenticateAsync(otherAudience.Issue(CallerRole.Patient, Guid.NewGuid()))).Failure);
    }

    [Fact]
    public async Task Alg_none_is_refused_even_with_a_known_key_id()
    {
        var header = Base64Url($$"""{"alg":"none","typ":"JWT","kid":"{{_current.KeyId}}"}""");
        var payload = Base64Url(Payload(_current, DateTime.UtcNow.AddHours(1)));
        var (caller, failure) = await _validator.AuthenticateAsync($"{header}.{payload}.");

        Assert.Null(caller);
        Assert.Equal("the token is not signed with ES256", failure);
    }

    [Fact]
    public async Task Hs256_signed_with_the_public_key_as_secret_is_refused()
    {
        // The classic key-confusion attack: HMAC keyed with the (public) verification key.
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_current.PublicKeyPem)) { KeyId = _current.KeyId };
        var token = new JsonWebTokenHandler().CreateToken(Descriptor(_current, DateTime.UtcNow.AddHours(1), new SigningCredentials(secret, SecurityAlgorithms.HmacSha256)));

        var (caller, failure) = await _validator.AuthenticateAsync(token);
        Assert.Null(caller);
        Assert.Equal("the token is not signed with ES256", failure);
    }

    [Fact]
    public async Task A_tampered_payload_fails_the_signature()
    {
        var token = _current.Issue(CallerRole.Patient, Guid.NewGuid());
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{Base64Url(Payload(_current, DateTime.UtcNow.AddHours(1), role: "therapist"))}.{parts[2]}";

        Assert.Equal("the token's signature is not valid", (await _validator.AuthenticateAsync(forged)).Failure);
    }

    [Fact]
    public async Task A_token_accepted_before_does_not_let_a_forged_copy_through()
    {
        var subject = Guid.NewGuid();
        var token = _current.Issue(CallerRole.Patient, subject);
        Assert.Null((await _validator.AuthenticateAsync(token)).Failure);
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{Base64Url(Payload(_current, DateTime.UtcNow.AddHours(1), role: "therapist"))}.{parts[2]}";

        Assert.Equal("the token's signature is not valid", (await _validator.AuthenticateAsync(forged)).Failure);
        Assert.Equal($"{subject} patient", (await _validator.AuthenticateAsync(token)).Caller);
    }

    [Theory]
    [InlineData("not-a-uuid", "patient", "the token's subject is not a UUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "patient", "the token's subject is not a UUID")]
    [InlineData("6d2a4c65-0ac4-4c55-a4a4-4d7cfe0b5f10", "admin", "the token's role is not patient, therapist, operator or service")]
    [InlineData("6d2a4c65-0ac4-4c55-a4a4-4d7cfe0b5f10", "1", "the token's role is not patient, therapist, operator or service")]
    public async Task Subject_and_role_must_be_ones_the_services_know(string subject, string role, string expected)
    {
        var descriptor = Descriptor(_current, DateTime.UtcNow.AddHours(1), null, subject, role);
        Assert.Equal(expected, (await _validator.AuthenticateAsync(new JsonWebTokenHandler().CreateToken(descriptor))).Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    public async Task Garbage_is_refused_without_throwing(string token) =>
        Assert.NotNull((await _validator.AuthenticateAsync(token)).Failure);

    [Fact]
    public async Task Settings_without_keys_name_what_is_missing()
    {
        var settings = new TokenSettings { Issuer = "i", Audience = "a" };
        Assert.Contains("Authentication:SigningKeys", settings.Problem());
        settings.SigningKeys.Add(new SigningKeySetting { KeyId = "k", PublicKey = "not a key" });
        Assert.Equal("Authentication:SigningKeys:0:PublicKey is not a PEM or base64 EC public key", settings.Problem());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            KeyValuePair.Create("Authentication:Issuer", (string?)"i"), KeyValuePair.Create("Authentication:Audience", (string?)"a")]).Build();
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddServiceAuthentication(configuration));
        Assert.Contains("Authentication:SigningKeys", refused.Message);
    }

    public async Task DisposeAsync()
    {
        await _validator.DisposeAsync();
        _current.Dispose();
        _previous.Dispose();
    }

    private static SecurityTokenDescriptor Descriptor(DevelopmentIdentity identity, DateTime expires, SigningCredentials? credentials,
        string? subject = null, string role = "patient") => new()
    {
        Issuer = identity.Issuer,
        Audience = identity.Audience,
        IssuedAt = expires.AddHours(-1),
        NotBefore = expires.AddHours(-1),
        Expires = expires,
        Claims = new Dictionary<string, object> { ["sub"] = subject ?? Guid.NewGuid().ToString(), ["role"] = role },
        SigningCredentials = credentials ?? identity.Credentials,
    };

    private static string Payload(DevelopmentIdentity identity, DateTime expires, string role = "patient") =>
        $$"""{"iss":"{{identity.Issuer}}","aud":"{{identity.Audience}}","sub":"{{Guid.NewGuid()}}","role":"{{role}}","exp":{{new DateTimeOffset(expires).ToUnixTimeSeconds()}}}""";

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
