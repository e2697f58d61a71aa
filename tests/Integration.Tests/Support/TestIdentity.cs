using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Integration.Tests.Support;

/// <summary>The signing key the services under test trust; every test caller's token is issued with it.</summary>
public static class TestIdentity
{
    public static DevelopmentIdentity Current { get; } = DevelopmentIdentity.Create();
}
