using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>
/// A Kestrel server on a free loopback port serving a probe API (<see cref="ProbeApi"/>, or the
/// authorized <see cref="GuardedProbeApi"/>) with grpc-dotnet and grpc.health.v1 open to anyone,
/// plus whatever the test adds (the services' authentication, size limits, the bound on calls in flight).
/// </summary>
internal sealed class ProbeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProbeServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ProbeServer> StartAsync<TApi>(Action<IServiceCollection> configureServices, Action<WebApplication>? configureApp = null)
        where TApi : ProbeApi
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddGrpcHealthChecks(options => options.UseHealthChecksCache = false);
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());
        configureServices(builder.Services);
        var app = builder.Build();
        configureApp?.Invoke(app);
        app.MapGrpcService<TApi>();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ProbeServer(app, new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
