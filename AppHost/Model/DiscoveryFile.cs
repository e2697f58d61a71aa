using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telehealth.AppHost.Model;

/// <summary>
/// apphost.json in the state folder: the dashboard, its login token, the development signing
/// key and every service's endpoints, so the command line needs no addresses typed in.
/// It exists only while the AppHost runs.
/// </summary>
public static class DiscoveryFile
{
    private static readonly JsonSerializerOptions Format = new() { WriteIndented = true };

    public static void Write(DistributedApplicationBuilder builder, string dashboardUrl, string dashboardToken)
    {
        var services = builder.Resources.OfType<ProjectResource>().ToDictionary(
            project => project.Name,
            project => project.Endpoints.ToDictionary(endpoint => endpoint.Name, endpoint => endpoint.Url));
        var document = new Document(dashboardUrl, dashboardToken, builder.IdentityFile, services);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // It holds the dashboard's login token.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(builder.DiscoveryFile, options);
        JsonSerializer.Serialize(stream, document, Format);
    }

    public static void Remove(DistributedApplicationBuilder builder) => File.Delete(builder.DiscoveryFile);

    private sealed record Document(
        [property: JsonPropertyName("dashboard")] string Dashboard,
        [property: JsonPropertyName("dashboardToken")] string DashboardToken,
        [property: JsonPropertyName("identity")] string Identity,
        [property: JsonPropertyName("services")] IReadOnlyDictionary<string, Dictionary<string, string>> Services);
}
