using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Health;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>Telemetry, health checks, the gRPC server with token authentication and a bound on calls in flight, and graceful shutdown, as every service has them.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureOpenTelemetry();
        // Handler exception messages can hold personal data: clients get the status only.
        builder.Services.AddGrpc(options => options.EnableDetailedErrors = false);
        builder.Services.AddUnreadableRequestRefusal();
        builder.Services.AddGrpcReflection();
        builder.AddGrpcMessageSizeLimit();
        builder.Services.AddCallsInFlightLimit(builder.Configuration);
        builder.AddServiceAuthentication();
        builder.Services.AddHostedService<Hosting.ParentProcessWatcher>();
        builder.AddDefaultHealthChecks();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));
        return builder;
    }

    /// <summary>
    /// "self" for /alive; the readiness checks (database, broker) come with the parts that need them.
    /// grpc.health.v1 reports the server as a whole ("") serving only when the readiness checks pass.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: [HealthTags.Live]);
        // Check runs the checks when asked (a probe sees the state now); Watch follows the publisher.
        builder.Services.AddGrpcHealthChecks(options =>
        {
            options.Services.Map("", result => HealthTags.IsReadiness(result.Tags));
            options.UseHealthChecksCache = false;
        });
        builder.Services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = TimeSpan.FromSeconds(1);
            options.Period = TimeSpan.FromSeconds(5);
        });
        return builder;
    }

    /// <summary>/health (ready: database, broker) and /alive (the process answers), plus gRPC health and reflection.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => HealthTags.IsReadiness(check.Tags) });
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        // Probes, load balancers and tools such as grpcurl ask these without credentials; every
        // telehealth API is marked [Authorize(Policy = CallerPolicies.Caller)].
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
