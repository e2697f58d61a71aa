using System.Text.Json;

namespace Telehealth.Cli.Connection;

/// <summary>
/// The file given with --endpoints: either apphost.json's shape ({"services":{"prescription":{"grpc":"…"}}})
/// or a flat map ({"prescription":"http://…"}), so a copy of apphost.json works as it is. HTTP/1.1
/// addresses (the calendar feed) come only from apphost.json's shape ({"scheduling":{"http":"…"}}).
/// </summary>
internal static class EndpointsFile
{
    /// <summary>Each service's gRPC address, by its key.</summary>
    public static IReadOnlyDictionary<string, string> Load(string path) => Load(path, "grpc");

    /// <summary>Each service's HTTP/1.1 address, by its key.</summary>
    public static IReadOnlyDictionary<string, string> LoadHttp(string path) => Load(path, "http");

    private static Dictionary<string, string> Load(string path, string endpoint)
    {
        if (!File.Exists(path))
        {
            throw CliException.Usage($"The endpoints file {Path.GetFullPath(path)} does not exist.");
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var services = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("services", out var nested) ? nested : root;
            return Read(services, path, endpoint);
        }
        catch (JsonException exception)
        {
            throw CliException.Usage($"The endpoints file {path} is not valid JSON ({exception.Message}).");
        }
    }

    private static Dictionary<string, string> Read(JsonElement services, string path, string endpoint)
    {
        if (services.ValueKind != JsonValueKind.Object)
        {
            throw CliException.Usage($"The endpoints file {path} must hold a JSON object of service addresses.");
        }
        var addresses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in services.EnumerateObject())
        {
            var address = service.Value.ValueKind switch
            {
                // A flat map's addresses are gRPC ones.
                JsonValueKind.String when endpoint == "grpc" => service.Value.GetString(),
                JsonValueKind.Object when service.Value.TryGetProperty(endpoint, out var named) && named.ValueKind == JsonValueKind.String => named.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(address))
            {
                addresses[service.Name] = address;
            }
        }
        return addresses;
    }
}
