using System.Reflection;
using Telehealth.Testing;

namespace Telehealth.Cli.Tests.RealServices;

/// <summary>Where the built services are, found from the test assembly by walking up to the solution.</summary>
internal static class ServiceAssemblies
{
    // The services are run from the output of the configuration this assembly was built in.
    private static readonly string Configuration =
        typeof(ServiceAssemblies).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The built Telehealth.&lt;service&gt;.dll, e.g. for "Scheduling".</summary>
    public static string Of(string service) =>
        RepositoryFiles.PathOf("src", service, "bin", Configuration, "net10.0", $"Telehealth.{service}.dll");
}
