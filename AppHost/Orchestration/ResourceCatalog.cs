using Telehealth.AppHost.Dashboard.Resources;

namespace Telehealth.AppHost.Orchestration;

/// <summary>The dashboard's view of the orchestrator.</summary>
public sealed class ResourceCatalog(Orchestrator orchestrator) : IResourceCatalog
{
    public IReadOnlyList<ResourceSnapshot> Resources() => orchestrator.Resources.Select(r => r.Snapshot()).ToList();

    public IReadOnlyList<ConsoleLine>? ConsoleLog(string resource, long afterSequence = -1, string? search = null) =>
        orchestrator.Resources.FirstOrDefault(r => r.Name == resource)?.Log.Read(afterSequence, search);

    public Task StartAsync(string resource, CancellationToken cancellationToken) =>
        orchestrator.StartAsync(orchestrator.Find(resource), cancellationToken);

    public Task StopAsync(string resource, CancellationToken cancellationToken) =>
        orchestrator.StopAsync(orchestrator.Find(resource), cancellationToken);

    public Task RestartAsync(string resource, CancellationToken cancellationToken) =>
        orchestrator.RestartAsync(orchestrator.Find(resource), cancellationToken);
}
