using System.Text.Json;

namespace Telehealth.Cli.Connection;

/// <summary>
/// The file given with --endpoints: either apphost.json's shape ({"services":{"prescription":{"grpc":"…"}}})
/// or a flat map ({"prescription":"http://…"}), so a copy of apphost.json works as it is.
/// </summary>
internal static class EndpointsFile
{
    public static IReadOnlyDictionary<string, string> Load(string path)
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
            return Read(services, path);
        }
        catch (JsonException exception)
        {
            throw CliException.Usage($"The endpoints file {path} is not valid JSON ({exception.Message}).");
        }
    }

    private static Dictionary<string, string> Read(JsonElement services, string path)
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
                JsonValueKind.String => service.Value.GetString(),
                JsonValueKind.Object when service.Value.TryGetProperty("grpc", out var grpc) && grpc.ValueKind == JsonValueKind.String => grpc.GetString(),
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
