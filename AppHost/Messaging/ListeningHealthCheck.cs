using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Telehealth.AppHost.Messaging;

/// <summary>
/// Healthy once something accepts connections on an endpoint the orchestrator does not proxy, so
/// a connect reaches the process itself.
/// </summary>
public sealed class ListeningHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy($"The {endpoint.EndpointName} endpoint has no port yet.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception failure) when (failure is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Nothing listens on the {endpoint.EndpointName} endpoint yet.");
        }
    }
}
