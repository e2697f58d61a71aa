using Grpc.AspNetCore.Server.Model;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>
/// The four services, faked, on one gRPC server on 127.0.0.1 with a free port (plus grpc.health.v1,
/// each service serving until a test says otherwise), answering from one <see cref="FakeBackend"/>.
/// Disposing stops the server.
/// </summary>
internal sealed class FakeSystem : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSystem(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Backend = app.Services.GetRequiredService<FakeBackend>();
        Health = app.Services.GetRequiredService<HealthServiceImpl>();
    }

    public FakeBackend Backend { get; }

    public Uri Address { get; }

    public HealthServiceImpl Health { get; }

    public static async Task<FakeSystem> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<FakeBackend>();
        builder.Services.AddSingleton<IServiceMethodProvider<FakeApi>, FakeMethodProvider>();
        builder.Services.AddSingleton<HealthServiceImpl>();
        var app = builder.Build();
        app.MapGrpcService<FakeApi>();
        app.MapGrpcService<HealthServiceImpl>();
        var health = app.Services.GetRequiredService<HealthServiceImpl>();
        foreach (var service in new[] { PrescriptionService.Descriptor, ProgressService.Descriptor, SchedulingService.Descriptor, NotificationService.Descriptor })
        {
            health.SetStatus(service.FullName, ServingStatus.Serving);
        }
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeSystem(app, new Uri(bound));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
