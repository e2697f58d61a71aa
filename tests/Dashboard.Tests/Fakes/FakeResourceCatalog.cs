using Telehealth.AppHost.Dashboard.Resources;

namespace Telehealth.AppHost.Dashboard.Tests.Fakes;

/// <summary>
/// The AppHost's resources as the dashboard sees them, without processes: actions change states the way the
/// orchestrator would (a restart passes through Restarting before it is Running again with one more restart).
/// </summary>
internal sealed class FakeResourceCatalog : IResourceCatalog
{
    public static readonly string[] Services = ["prescription", "progress", "scheduling", "notification"];

    private readonly Lock _gate = new();
    private readonly List<ResourceSnapshot> _resources = [];
    private readonly Dictionary<string, List<ConsoleLine>> _console = new();
    private readonly List<string> _actions = [];

    public FakeResourceCatalog()
    {
        var started = DateTimeOffset.UtcNow.AddMinutes(-5);
        Add(new ResourceSnapshot("messaging", "rabbitmq", ResourceState.Running, "healthy",
            [new ResourceEndpoint("amqp", "amqp://127.0.0.1:5672"), new ResourceEndpoint("management", "http://127.0.0.1:15672")],
            started, 0, null, 4100));
        for (var i = 0; i < Services.Length; i++)
        {
            Add(new ResourceSnapshot(Services[i], "project", ResourceState.Running, "healthy",
                [new ResourceEndpoint("grpc", $"http://127.0.0.1:{5101 + i}"), new ResourceEndpoint("http", $"http://127.0.0.1:{5201 + i}")],
                started, 0, null, 4200 + i));
        }
    }

    /// <summary>How long a restart stays in Restarting before the resource is Running again.</summary>
    public TimeSpan RestartDelay { get; init; } = TimeSpan.FromSeconds(1.5);

    public IReadOnlyList<string> Actions
    {
        get
        {
            lock (_gate)
            {
                return _actions.ToList();
            }
        }
    }

    public IReadOnlyList<ResourceSnapshot> Resources()
    {
        lock (_gate)
        {
            return _resources.ToList();
        }
    }

    public ResourceSnapshot Resource(string name) => Resources().Single(r => r.Name == name);

    public IReadOnlyList<ConsoleLine>? ConsoleLog(string resource, long afterSequence = -1, string? search = null)
    {
        lock (_gate)
        {
            if (!_console.TryGetValue(resource, out var lines))
            {
                return null;
            }
            return lines
                .Where(line => line.Sequence > afterSequence)
                .Where(line => search is null || line.Text.Contains(search, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
    }

    public void WriteConsole(string resource, string text, bool isError = false)
    {
        lock (_gate)
        {
            var lines = _console[resource];
            lines.Add(new ConsoleLine(lines.Count, DateTimeOffset.UtcNow, text, isError));
        }
    }

    public Task StartAsync(string resource, CancellationToken cancellationToken)
    {
        Record("start", resource);
        if (Resource(resource).State == ResourceState.Running)
        {
            throw new InvalidOperationException($"{resource} is already running");
        }
        Update(resource, r => r with { State = ResourceState.Running, Health = "healthy", StartedAt = DateTimeOffset.UtcNow, ExitCode = null });
        WriteConsole(resource, "started");
        return Task.CompletedTask;
    }

    public Task StopAsync(string resource, CancellationToken cancellationToken)
    {
        Record("stop", resource);
        Update(resource, r => r with { State = ResourceState.Stopped, Health = "unknown", ExitCode = 0 });
        WriteConsole(resource, "stopped");
        return Task.CompletedTask;
    }

    public async Task RestartAsync(string resource, CancellationToken cancellationToken)
    {
        Record("restart", resource);
        Update(resource, r => r with { State = ResourceState.Restarting, Health = "unknown" });
        WriteConsole(resource, "restarting");
        await Task.Delay(RestartDelay, cancellationToken);
        Update(resource, r => r with { State = ResourceState.Running, Health = "healthy", StartedAt = DateTimeOffset.UtcNow, Restarts = r.Restarts + 1 });
        WriteConsole(resource, "Now listening on: http://127.0.0.1:5102");
    }

    private void Add(ResourceSnapshot resource)
    {
        _resources.Add(resource);
        _console[resource.Name] = [];
        WriteConsole(resource.Name, $"{resource.Name} starting");
        WriteConsole(resource.Name, "info: Microsoft.Hosting.Lifetime[14] Now listening on: http://127.0.0.1:5101");
        WriteConsole(resource.Name, "warn: disk space is getting low", isError: true);
    }

    private void Update(string name, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        lock (_gate)
        {
            var index = _resources.FindIndex(r => r.Name == name);
            _resources[index] = change(_resources[index]);
        }
    }

    private void Record(string action, string resource)
    {
        lock (_gate)
        {
            _actions.Add($"{action} {resource}");
        }
    }
}
