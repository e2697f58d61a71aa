using Grpc.Core;
using Telehealth.Integration.Tests.Support;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>The tokens every RPC must answer UNAUTHENTICATED: none, one that has expired, and one from a key nobody trusts.</summary>
internal static class BadTokens
{
    // Same issuer and audience as the trusted identity: only the key differs.
    private static readonly DevelopmentIdentity Untrusted = DevelopmentIdentity.Create();

    public static IReadOnlyList<BadToken> All { get; } =
    [
        new("no token", _ => new Metadata()),
        new("an expired token", caller => Bearer(TestIdentity.Current.Issue(RoleOf(caller), caller.Id, TimeSpan.FromHours(1), DateTime.UtcNow.AddHours(-2)))),
        new("a token signed by an unknown key", caller => Bearer(Untrusted.Issue(RoleOf(caller), caller.Id))),
    ];

    private static CallerRole RoleOf(TestCaller caller) => Enum.Parse<CallerRole>(caller.Role, ignoreCase: true);

    private static Metadata Bearer(string token) => new Metadata { { "authorization", "Bearer " + token } };
}
