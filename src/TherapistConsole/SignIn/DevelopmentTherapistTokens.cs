using Microsoft.AspNetCore.Components.Authorization;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.TherapistConsole.SignIn;

/// <summary>
/// Development: a therapist token for whoever signed in, signed with the AppHost's development key
/// as the command line signs them. One per circuit, issued again shortly before it expires.
/// </summary>
internal sealed class DevelopmentTherapistTokens(AuthenticationStateProvider authentication, DevelopmentIdentity key, TimeProvider clock) : ITherapistTokens
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private (Guid Therapist, string Token, DateTimeOffset Expires)? _issued;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var therapist = TherapistClaims.IdOf(user)
            ?? throw new InvalidOperationException("Nobody is signed in: the console has no therapist to call the services for.");
        var now = clock.GetUtcNow();
        if (_issued is { } issued && issued.Therapist == therapist && issued.Expires - RenewBefore > now)
        {
            return issued.Token;
        }
        var token = key.Issue(CallerRole.Therapist, therapist, Lifetime, now.UtcDateTime);
        _issued = (therapist, token, now + Lifetime);
        return token;
    }
}
