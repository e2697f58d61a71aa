using System.Net.Http.Headers;
using System.Text.Json;
using Telehealth.Grpc.Client;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// The system the AppHost is running, as its apphost.json describes it: each service's gRPC
/// endpoint (a few HTTP/2 connections to each), the development signing key, the dashboard,
/// and the state folder with the services' SQLite files.
/// </summary>
public sealed class RunningSystem : IDisposable
{
    public static readonly string[] ServiceNames = ["prescription", "progress", "scheduling", "notification"];

    private readonly Dictionary<string, GrpcChannel[]> _channels = [];
    private readonly HttpClient _dashboard;

    private RunningSystem(string stateDirectory, DevelopmentIdentity identity, Dictionary<string, Uri> grpc, Uri dashboard, string dashboardToken, int connections)
    {
        StateDirectory = stateDirectory;
        Identity = identity;
        foreach (var (name, address) in grpc)
        {
            // Separate channels are separate connection pools: patients are spread over them.
            _channels[name] = Enumerable.Range(0, connections).Select(_ => GrpcChannel.ForAddress(address)).ToArray();
        }
        _dashboard = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = dashboard, Timeout = TimeSpan.FromSeconds(10) };
        _dashboard.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", dashboardToken);
    }

    public string StateDirectory { get; }

    public DevelopmentIdentity Identity { get; }

    public string DatabaseFile(string database) => Path.Combine(StateDirectory, database + ".db");

    public static RunningSystem Open(string apphostJson, int connections)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(apphostJson));
        var root = document.RootElement;
        var services = root.GetProperty("services");
        var grpc = ServiceNames.ToDictionary(name => name, name => new Uri(services.GetProperty(name).GetProperty("grpc").GetString()!));
        var identity = DevelopmentIdentity.Load(root.GetProperty("identity").GetString()!);
        return new RunningSystem(
            Path.GetDirectoryName(Path.GetFullPath(apphostJson))!,
            identity,
            grpc,
            new Uri(root.GetProperty("dashboard").GetString()!),
            root.GetProperty("dashboardToken").GetString()!,
            connections);
    }

    /// <summary>One of the service's channels, the same one for the same key (a patient keeps to its connection).</summary>
    public GrpcChannel Channel(string service, int key) => _channels[service][(int)((uint)key % (uint)_channels[service].Length)];

    /// <summary>Process ids of the resources (services and broker) as the dashboard reports them.</summary>
    public async Task<Dictionary<string, int>> ProcessIdsAsync()
    {
        using var response = await _dashboard.GetAsync("/api/resources");
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = new Dictionary<string, int>();
        foreach (var resource in document.RootElement.EnumerateArray())
        {
            if (resource.TryGetProperty("processId", out var pid) && pid.ValueKind == JsonValueKind.Number)
            {
                ids[resource.GetProperty("name").GetString()!] = pid.GetInt32();
            }
        }
        return ids;
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values.SelectMany(c => c))
        {
            channel.Dispose();
        }
        _dashboard.Dispose();
        Identity.Dispose();
    }
}
