using System.Reflection;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>Where the service's built assembly is, in the configuration these tests were built in.</summary>
internal static class ServiceBinaries
{
    private static readonly string Configuration =
        typeof(ServiceBinaries).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Notification => Path.Combine(Root(), "src", "Notification", "bin", Configuration, "net10.0", "Telehealth.Notification.dll");

    private static string Root()
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
