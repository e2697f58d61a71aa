using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Telehealth.ServiceDefaults.Security;
using Telehealth.TherapistConsole.SignIn;

namespace Telehealth.TherapistConsole.Tests;

public sealed class DevelopmentTherapistTokensTests : IDisposable
{
    private readonly DevelopmentIdentity _key = DevelopmentIdentity.Create();
    private readonly SettableClock _clock = new() { Now = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero) };

    [Fact]
    public async Task The_token_names_the_signed_in_therapist_with_the_therapist_role_and_is_signed_with_the_development_key()
    {
        var therapist = Guid.NewGuid();
        var tokens = new DevelopmentTherapistTokens(new SignedIn(therapist), _key, _clock);

        var token = new JsonWebToken(await tokens.GetAsync(CancellationToken.None));

        Assert.Equal(therapist.ToString(), token.Subject);
        Assert.Equal("therapist", token.GetClaim("role").Value);
        Assert.Equal(_key.KeyId, token.Kid);
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddHours(1), token.ValidTo);
    }

    [Fact]
    public async Task A_token_is_reused_until_shortly_before_it_expires()
    {
        var tokens = new DevelopmentTherapistTokens(new SignedIn(Guid.NewGuid()), _key, _clock);
        var first = await tokens.GetAsync(CancellationToken.None);

        _clock.Now += TimeSpan.FromMinutes(50);
        Assert.Equal(first, await tokens.GetAsync(CancellationToken.None));
        _clock.Now += TimeSpan.FromMinutes(6);
        Assert.NotEqual(first, await tokens.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Nobody_signed_in_gets_no_token()
    {
        var tokens = new DevelopmentTherapistTokens(new SignedIn(null), _key, _clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => tokens.GetAsync(CancellationToken.None).AsTask());
    }

    public void Dispose() => _key.Dispose();

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class SignedIn(Guid? therapist) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(
            therapist is { } id ? TherapistClaims.Principal(id, "Alex Morgan", "test") : new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
