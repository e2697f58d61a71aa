using System.Text.Json;
using Grpc.Net.Client;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// The system the AppHost is running, as its apphost.json describes it: each service's gRPC
/// endpoint (a few channels to each, each its own HTTP/2 connection pool, with a generated
/// client per channel), the development signing key, and the state folder with the services'
/// SQLite files.
/// </summary>
public sealed class RunningSystem : IDisposable
{
    public static readonly string[] ServiceNames = ["prescription", "progress", "scheduling", "notification"];

    private readonly Dictionary<string, GrpcChannel[]> _channels = [];
    private readonly PrescriptionService.PrescriptionServiceClient[] _prescription;
    private readonly ProgressService.ProgressServiceClient[] _progress;
    private readonly SchedulingService.SchedulingServiceClient[] _scheduling;
    private readonly NotificationService.NotificationServiceClient[] _notification;

    private RunningSystem(string stateDirectory, DevelopmentIdentity identity, Dictionary<string, Uri> grpc, int connections)
    {
        StateDirectory = stateDirectory;
        Identity = identity;
        foreach (var (name, address) in grpc)
        {
            // Separate channels are separate connection pools: patients are spread over them.
            _channels[name] = Enumerable.Range(0, connections).Select(_ => OpenChannel(address)).ToArray();
        }
        _prescription = _channels["prescription"].Select(c => new PrescriptionService.PrescriptionServiceClient(c)).ToArray();
        _progress = _channels["progress"].Select(c => new ProgressService.ProgressServiceClient(c)).ToArray();
        _scheduling = _channels["scheduling"].Select(c => new SchedulingService.SchedulingServiceClient(c)).ToArray();
        _notification = _channels["notification"].Select(c => new NotificationService.NotificationServiceClient(c)).ToArray();
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
            connections);
    }

    // A client on one of the service's channels, the same one for the same key (a patient keeps to its connection).
    public PrescriptionService.PrescriptionServiceClient Prescription(int key) => Pick(_prescription, key);

    public ProgressService.ProgressServiceClient Progress(int key) => Pick(_progress, key);

    public SchedulingService.SchedulingServiceClient Scheduling(int key) => Pick(_scheduling, key);

    public NotificationService.NotificationServiceClient Notification(int key) => Pick(_notification, key);

    /// <summary>
    /// The services', the broker's and (given the marker run.sh set on the AppHost) the
    /// orchestration's processes, found in /proc: see <see cref="SystemProcesses"/>.
    /// </summary>
    public SystemProcesses FindProcesses(string? runMarker) => SystemProcesses.Find(StateDirectory, runMarker);

    private static T Pick<T>(T[] clients, int key) => clients[(int)((uint)key % (uint)clients.Length)];

    private static GrpcChannel OpenChannel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            // More connections once a connection's streams run out, none closed for being idle.
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // The services are on loopback: a proxy from the environment must not come between.
            UseProxy = false,
            UseCookies = false,
        },
        DisposeHttpClient = true,
        ServiceConfig = SetupRetries.ServiceConfig(),
    });

    public void Dispose()
    {
        foreach (var channel in _channels.Values.SelectMany(c => c))
        {
            channel.Dispose();
        }
        Identity.Dispose();
    }
}
