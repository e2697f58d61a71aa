using System.Reflection;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Where the peers and the built services are, found from the test assembly by walking up to the solution.</summary>
internal static class RepositoryPaths
{
    // The services are run from the output of the configuration this assembly was built in.
    private static readonly string Configuration =
        typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Root { get; } = FindRoot();

    public static string Peers => Path.Combine(Root, "tests", "Grpc.Interop.Tests", "peers");

    /// <summary>The built Telehealth.&lt;service&gt;.dll, e.g. for "Notification".</summary>
    public static string ServiceAssembly(string service) =>
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
