using Microsoft.Extensions.DependencyInjection;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Server;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Behaviour;

/// <summary>A loopback server with the probe service, its state, and a channel to it.</summary>
internal sealed class ProbeServer : IAsyncDisposable
{
    private ProbeServer(TestServer server, GrpcChannel channel)
    {
        Server = server;
        Channel = channel;
    }

    public TestServer Server { get; }

    public GrpcChannel Channel { get; }

    public ProbeState State => Server.Services.GetRequiredService<ProbeState>();

    public static async Task<ProbeServer> StartAsync(Action<GrpcServerOptions>? configure = null, Action<IServiceCollection>? services = null, GrpcChannelOptions? channelOptions = null)
    {
        var server = await TestServer.StartAsync(
            configure,
            collection =>
            {
                collection.AddSingleton<ProbeState>();
                services?.Invoke(collection);
            },
            app => app.MapGrpcService<ProbeService>(ProbeMethods.Descriptor));
        return new ProbeServer(server, GrpcChannel.ForAddress(server.Address, channelOptions));
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await Server.DisposeAsync();
    }
}
