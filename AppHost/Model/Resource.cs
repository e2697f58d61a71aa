using Telehealth.AppHost.Dashboard.Resources;
using Telehealth.AppHost.Resources;

namespace Telehealth.AppHost.Model;

/// <summary>
/// Something the AppHost runs: the broker or a service. It knows how to start, stop and check
/// itself; the orchestrator decides when, and the dashboard shows its state.
/// </summary>
public abstract class Resource(string name, string kind)
{
    private readonly List<Resource> _dependencies = [];

    public string Name { get; } = name;

    public string Kind { get; } = kind;

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public IReadOnlyList<Resource> Dependencies => _dependencies;

    public ConsoleLog Log { get; } = new();

    public ResourceState State { get; set; } = ResourceState.NotStarted;

    public string Health { get; set; } = "unknown";

    public DateTimeOffset? StartedAt { get; protected set; }

    public int Restarts { get; set; }

    public int? ExitCode { get; protected set; }

    /// <summary>Set while an operator (or shutdown) stopped it, so the supervisor does not restart it.</summary>
    public bool StoppedOnPurpose { get; set; }

    /// <summary>Counts starts, so the watcher of an earlier process ignores its exit once a newer one runs.</summary>
    public int Generation { get; set; }

    public abstract int? ProcessId { get; }

    public abstract IReadOnlyList<ResourceEndpoint> Endpoints { get; }

    public void DependsOn(Resource resource) => _dependencies.Add(resource);

    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync(CancellationToken cancellationToken);

    public abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    /// <summary>Completes when the running process exits, for whatever reason.</summary>
    public abstract Task WhenExited { get; }

    public ResourceSnapshot Snapshot() => new(Name, Kind, State, Health, Endpoints, StartedAt, Restarts, ExitCode, ProcessId);
}
