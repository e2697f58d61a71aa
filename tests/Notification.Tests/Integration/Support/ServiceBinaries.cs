using System.Reflection;
using Telehealth.Testing;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>Where the service's built assembly is, in the configuration these tests were built in.</summary>
internal static class ServiceBinaries
{
    private static readonly string Configuration =
        typeof(ServiceBinaries).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Notification => RepositoryFiles.PathOf("src", "Notification", "bin", Configuration, "net10.0", "Telehealth.Notification.dll");
}
