using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>Ready only while the database answers.</summary>
internal sealed class DatabaseHealthCheck<TContext>(TContext db) : IHealthCheck
    where TContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
