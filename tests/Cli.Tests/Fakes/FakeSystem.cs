using Microsoft.Extensions.DependencyInjection;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Grpc.Health;
using Telehealth.Grpc.Server;
using Telehealth.Grpc.Testing;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>
/// The four services, faked, on one gRPC server on 127.0.0.1 with a free port (plus grpc.health.v1),
/// answering from one <see cref="FakeBackend"/>. Disposing stops the server.
/// </summary>
internal sealed class FakeSystem : IAsyncDisposable
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor[] Services =
    [
        PrescriptionReflection.Descriptor.Services[0],
        ProgressReflection.Descriptor.Services[0],
        SchedulingReflection.Descriptor.Services[0],
        NotificationReflection.Descriptor.Services[0],
    ];

    private static readonly System.Reflection.MethodInfo MapService =
        typeof(GrpcEndpointRouteBuilderExtensions).GetMethod(nameof(GrpcEndpointRouteBuilderExtensions.MapGrpcService))!;

    private readonly TestServer _server;

    private FakeSystem(TestServer server)
    {
        _server = server;
        Backend = server.Services.GetRequiredService<FakeBackend>();
    }

    public FakeBackend Backend { get; }

    public Uri Address => _server.Address;

    public GrpcHealthStatus Health => _server.Services.GetRequiredService<GrpcHealthStatus>();

    public static async Task<FakeSystem> StartAsync()
    {
        var server = await TestServer.StartAsync(
            configureServices: services => services.AddSingleton<FakeBackend>(),
            map: app =>
            {
                foreach (var service in Services)
                {
                    MapService.MakeGenericMethod(FakeServiceTypes.For(service)).Invoke(null, [app, service]);
                }
                app.MapGrpcHealthService();
            });
        return new FakeSystem(server);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
