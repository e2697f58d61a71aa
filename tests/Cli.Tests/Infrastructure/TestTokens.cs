using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Cli.Tests.Infrastructure;

/// <summary>Real development tokens, signed by a key made for the test run.</summary>
internal static class TestTokens
{
    private static readonly DevelopmentIdentity Identity = DevelopmentIdentity.Create();

    public static string For(CallerRole role, Guid subject) => Identity.Issue(role, subject);
}
