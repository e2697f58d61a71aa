using Telehealth.Grpc.Client;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Loopback;

/// <summary>One test server and one channel to it, shared by a test class.</summary>
public sealed class LoopbackServerFixture : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync();
        Channel = GrpcChannel.ForAddress(Server.Address);
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await Server.DisposeAsync();
    }
}
