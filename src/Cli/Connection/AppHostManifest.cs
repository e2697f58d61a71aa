using System.Text.Json;

namespace Telehealth.Cli.Connection;

/// <summary>
/// What a running AppHost writes to &lt;state-dir&gt;/apphost.json: the dashboard, its token, the
/// development signing key and each service's endpoints.
/// </summary>
internal sealed record AppHostManifest(
    string? Dashboard,
    string? DashboardToken,
    string? Identity,
    IReadOnlyDictionary<string, ServiceEndpoints>? Services)
{
    public const string FileName = "apphost.json";

    private static readonly JsonSerializerOptions Format = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The manifest at <paramref name="path"/>, or null when there is none (the AppHost is not running).</summary>
    public static AppHostManifest? TryLoad(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<AppHostManifest>(File.ReadAllText(path), Format);
        }
        catch (JsonException exception)
        {
            throw CliException.Usage($"{path} is not the JSON the AppHost writes ({exception.Message}).");
        }
    }

    public string? GrpcAddress(ServiceName service) => Endpoints(service)?.Grpc;

    public string? HttpAddress(ServiceName service) => Endpoints(service)?.Http;

    private ServiceEndpoints? Endpoints(ServiceName service) =>
        Services?.FirstOrDefault(pair => string.Equals(pair.Key, service.Key(), StringComparison.OrdinalIgnoreCase)).Value;
}
