using Microsoft.Extensions.Diagnostics.HealthChecks;
using Telehealth.Grpc.Health;
using ServingStatus = Telehealth.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.ServiceDefaults.Health;

/// <summary>Keeps grpc.health.v1's overall status in step with the HTTP readiness checks.</summary>
internal sealed class GrpcHealthPublisher(GrpcHealthStatus health) : IHealthCheckPublisher
{
    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        health.SetStatus(GrpcHealthStatus.Server, report.Status == HealthStatus.Healthy ? ServingStatus.Serving : ServingStatus.NotServing);
        return Task.CompletedTask;
    }
}
