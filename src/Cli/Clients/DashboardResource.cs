namespace Telehealth.Cli.Clients;

/// <summary>A resource as GET /api/resources reports it (camelCase, states in kebab-case).</summary>
internal sealed record DashboardResource(
    string Name,
    string Kind,
    string State,
    string Health,
    IReadOnlyList<DashboardEndpoint>? Endpoints,
    DateTimeOffset? StartedAt,
    int Restarts,
    int? ExitCode,
    int? ProcessId);
