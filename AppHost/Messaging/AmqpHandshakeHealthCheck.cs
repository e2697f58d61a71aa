using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Telehealth.AppHost.Messaging;

/// <summary>
/// Healthy once the broker answers the AMQP 0-9-1 protocol header with Connection.Start. A bare
/// TCP connect is not enough: the orchestrator's proxy accepts connections before the broker is up.
/// </summary>
public sealed class AmqpHandshakeHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    private static readonly byte[] ProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("The AMQP endpoint has no port yet.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeout.Token);
            // A method frame (type 1) on channel 0 whose class and method are 10, 10: Connection.Start.
            var frame = new byte[11];
            await stream.ReadExactlyAsync(frame, timeout.Token);
            return frame is [1, 0, 0, _, _, _, _, 0, 10, 0, 10]
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The broker answered the AMQP header with something other than Connection.Start.");
        }
        catch (Exception failure) when (failure is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The broker does not complete an AMQP handshake yet.");
        }
    }
}
