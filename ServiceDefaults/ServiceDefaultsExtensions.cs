using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Telehealth.Grpc.Server;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Discovery;
using Telehealth.ServiceDefaults.Health;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>Telemetry, health checks, the gRPC server with token authentication, and graceful shutdown, as every service has them.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddServiceTelemetry();
        builder.Services.AddGrpcServer();
        builder.AddGrpcMessageSizeLimit();
        builder.AddServiceAuthentication();
        builder.Services.AddSingleton<GrpcPeers>();
        builder.Services.AddHostedService<Hosting.ParentProcessWatcher>();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: [HealthTags.Live]);
        builder.Services.AddSingleton<IHealthCheckPublisher, GrpcHealthPublisher>();
        builder.Services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = TimeSpan.FromSeconds(1);
            options.Period = TimeSpan.FromSeconds(5);
        });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));
        return builder;
    }

    /// <summary>/health (ready: database, broker) and /alive (the process answers), plus gRPC health and reflection.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseRequestSpanNaming();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(HealthTags.Live) || check.Tags.Contains(HealthTags.Ready) });
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        app.MapGrpcHealthService();
        app.MapGrpcReflectionService();
        return app;
    }
}
