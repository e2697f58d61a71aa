using Telehealth.Testing.Hosting;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>A private RabbitMQ node for the tests of one collection, stopped afterwards.</summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    public string StateDirectory { get; } = Path.Combine(Path.GetTempPath(), "telehealth-broker-" + Guid.NewGuid().ToString("N"));

    public RabbitMqNode Node { get; private set; } = null!;

    public async Task InitializeAsync() => Node = await RabbitMqNode.StartAsync(StateDirectory);

    /// <summary>Stops the node and starts it again on the same port with the same data, as after a broker restart.</summary>
    public async Task RestartAsync(Func<Task> whileDown)
    {
        var port = Node.Port;
        await Node.DisposeAsync();
        await whileDown();
        Node = await RabbitMqNode.StartAsync(StateDirectory, port: port);
    }

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        Directory.Delete(StateDirectory, recursive: true);
    }
}
