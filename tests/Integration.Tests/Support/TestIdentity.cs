using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Integration.Tests.Support;

/// <summary>The signing key the services under test trust; every test caller's token is issued with it.</summary>
public static class TestIdentity
{
    public static DevelopmentIdentity Current { get; } = DevelopmentIdentity.Create();

    /// <summary>Adds the configuration that makes a service accept <see cref="Current"/>'s tokens.</summary>
    public static Dictionary<string, string> WithTrust(this Dictionary<string, string> environment)
    {
        foreach (var (key, value) in Current.ServiceEnvironment())
        {
            environment[key] = value;
        }
        return environment;
    }
}
