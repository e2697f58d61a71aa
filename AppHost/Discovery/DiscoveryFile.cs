using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telehealth.AppHost.Discovery;

/// <summary>
/// apphost.json in the state folder: the dashboard, its login token, the development signing key,
/// every service's endpoints and the therapist's console, so the command line and the patient app
/// need no addresses typed in.
/// </summary>
public sealed record DiscoveryFile(
    [property: JsonPropertyName("dashboard")] string? Dashboard,
    [property: JsonPropertyName("dashboardToken")] string? DashboardToken,
    [property: JsonPropertyName("identity")] string Identity,
    [property: JsonPropertyName("services")] IReadOnlyDictionary<string, Dictionary<string, string>> Services,
    [property: JsonPropertyName("console")] string? Console)
{
    private static readonly JsonSerializerOptions Format = new() { WriteIndented = true };

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // It holds the dashboard's login token.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        // Written beside it and renamed into place: whoever sees the file sees all of it.
        var partial = path + ".partial";
        await using (var stream = new FileStream(partial, options))
        {
            await JsonSerializer.SerializeAsync(stream, this, Format, cancellationToken);
        }
        File.Move(partial, path, overwrite: true);
    }
}
