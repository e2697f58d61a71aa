using Telehealth.AppHost.Dashboard.Resources;
using Telehealth.AppHost.Resources;

namespace Telehealth.AppHost.Model;

/// <summary>
/// A service project run as its own process with Aspire's environment contract: its database,
/// the broker and its peers' endpoints, OTLP settings, and ports chosen once and kept across restarts.
/// </summary>
public sealed class ProjectResource : Resource
{
    private readonly List<Action<IDictionary<string, string>>> _environment = [];
    private ServiceProcess? _process;

    public ProjectResource(string name, string projectDirectory, string assemblyName)
        : base(name, "project")
    {
        ProjectDirectory = projectDirectory;
        AssemblyName = assemblyName;
        GrpcPort = FreePorts.Next();
        HttpPort = FreePorts.Next();
    }

    public string ProjectDirectory { get; }

    public string AssemblyName { get; }

    public int GrpcPort { get; }

    public int HttpPort { get; }

    public string GrpcUrl => $"http://127.0.0.1:{GrpcPort}";

    public string HttpUrl => $"http://127.0.0.1:{HttpPort}";

    public string ProjectFile => Path.Combine(ProjectDirectory, Path.GetFileName(ProjectDirectory) + ".csproj");

    public string AssemblyPath => Path.Combine(ProjectDirectory, "bin", "Release", "net10.0", AssemblyName + ".dll");

    public override int? ProcessId => _process is { HasExited: false } process ? process.ProcessId : null;

    public override IReadOnlyList<ResourceEndpoint> Endpoints =>
    [
        new ResourceEndpoint("grpc", GrpcUrl),
        new ResourceEndpoint("http", HttpUrl),
        new ResourceEndpoint("health", HttpUrl + "/health"),
    ];

    public override Task WhenExited => _process?.Exited ?? Task.CompletedTask;

    /// <summary>Adds environment variables computed when the process starts (so peers' values are known by then).</summary>
    public ProjectResource WithEnvironment(Action<IDictionary<string, string>> configure)
    {
        _environment.Add(configure);
        return this;
    }

    public ProjectResource WithReference(RabbitMqResource broker)
    {
        DependsOn(broker);
        return WithEnvironment(env => env["ConnectionStrings__messaging"] = broker.ConnectionString);
    }

    public ProjectResource WithReference(ProjectResource peer)
    {
        DependsOn(peer);
        return WithEnvironment(env =>
        {
            env[$"services__{peer.Name}__grpc__0"] = peer.GrpcUrl;
            env[$"services__{peer.Name}__http__0"] = peer.HttpUrl;
        });
    }

    public ProjectResource WithSqliteDatabase(string name, string stateDirectory) =>
        WithEnvironment(env => env[$"ConnectionStrings__{name}"] = $"Data Source={Path.Combine(stateDirectory, name + ".db")}");

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>();
        foreach (var configure in _environment)
        {
            configure(environment);
        }
        _process = ServiceProcess.Start(Name, AssemblyPath, environment, Log, GrpcPort, HttpPort);
        StartedAt = DateTimeOffset.UtcNow;
        ExitCode = null;
        _ = RecordExitAsync(_process);
        return Task.CompletedTask;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(10));
        }
    }

    public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        _process is null || _process.HasExited ? Task.FromResult(false) : _process.IsHealthyAsync(cancellationToken);

    private async Task RecordExitAsync(ServiceProcess process)
    {
        await process.Exited;
        ExitCode = process.ExitCode;
        Log.Write($"exited with code {ExitCode}", isError: ExitCode != 0);
    }
}
