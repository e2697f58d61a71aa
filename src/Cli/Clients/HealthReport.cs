using Telehealth.Cli.Connection;

namespace Telehealth.Cli.Clients;

/// <summary>One service's answer to grpc.health.v1 Check, or why there was none.</summary>
internal sealed record HealthReport(ServiceName Service, string? Address, string Status, TimeSpan? Latency, string? Problem)
{
    public const string Serving = "serving";

    public bool IsServing => Status == Serving;
}
