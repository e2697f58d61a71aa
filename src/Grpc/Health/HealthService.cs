using Telehealth.Grpc.Health.V1;
using Telehealth.Grpc.Server;

namespace Telehealth.Grpc.Health;

/// <summary>grpc.health.v1.Health over <see cref="GrpcHealthStatus"/>.</summary>
public sealed class HealthService(GrpcHealthStatus health)
{
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        if (!health.TryGetStatus(request.Service, out var status))
        {
            throw new RpcException(StatusCode.NotFound, $"Unknown service '{request.Service}'.");
        }
        return Task.FromResult(new HealthCheckResponse { Status = status });
    }

    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responseStream, ServerCallContext context)
    {
        try
        {
            await foreach (var status in health.WatchAsync(request.Service, context.CancellationToken).ConfigureAwait(false))
            {
                await responseStream.WriteAsync(new HealthCheckResponse { Status = status }, context.CancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher went away: nothing to answer.
        }
    }
}
