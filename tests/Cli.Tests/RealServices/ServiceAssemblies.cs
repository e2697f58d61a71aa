using System.Reflection;

namespace Telehealth.Cli.Tests.RealServices;

/// <summary>Where the built services are, found from the test assembly by walking up to the solution.</summary>
internal static class ServiceAssemblies
{
    // The services are run from the output of the configuration this assembly was built in.
    private static readonly string Configuration =
        typeof(ServiceAssemblies).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static readonly string Root = FindRoot();

    /// <summary>The built Telehealth.&lt;service&gt;.dll, e.g. for "Scheduling".</summary>
    public static string Of(string service) =>
        Path.Combine(Root, "src", service, "bin", Configuration, "net10.0", $"Telehealth.{service}.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Telehealth.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Telehealth.sln not found above " + AppContext.BaseDirectory);
    }
}
