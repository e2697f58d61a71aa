using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Health;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.ServiceDefaults;

public static class WebAppDefaultsExtensions
{
    /// <summary>
    /// What a web app over the services shares with them: telemetry, /health and /alive, stopping
    /// with the process that started it, graceful shutdown. Not the gRPC server or the bearer-token
    /// checks of <see cref="ServiceDefaultsExtensions.AddServiceDefaults"/>: a web app signs its own users in.
    /// </summary>
    public static IHostApplicationBuilder AddWebAppDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureOpenTelemetry();
        builder.Services.AddHostedService<Hosting.ParentProcessWatcher>();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: [HealthTags.Live]);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));
        return builder;
    }

    /// <summary>/health (ready) and /alive (the process answers), as the services map them.</summary>
    public static WebApplication MapWebAppDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => HealthTags.IsReadiness(check.Tags) });
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        return app;
    }
}
