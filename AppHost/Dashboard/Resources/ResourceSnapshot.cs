namespace Telehealth.AppHost.Dashboard.Resources;

/// <summary>A resource as it stands now: what the resources page and /api/resources show.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Kind,
    ResourceState State,
    string Health,
    IReadOnlyList<ResourceEndpoint> Endpoints,
    DateTimeOffset? StartedAt,
    int Restarts,
    int? ExitCode,
    int? ProcessId);
