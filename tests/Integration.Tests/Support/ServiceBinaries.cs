using System.Reflection;

namespace Telehealth.Integration.Tests.Support;

/// <summary>Where each service's built assembly is, in the configuration these tests were built in.</summary>
internal static class ServiceBinaries
{
    private static readonly string Configuration =
        typeof(ServiceBinaries).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Root { get; } = FindRoot();

    public static string For(string service) =>
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
