using Telehealth.AppHost.Dashboard.Resources;
using Telehealth.AppHost.Resources;

namespace Telehealth.AppHost.Model;

/// <summary>The message broker: a private RabbitMQ node with its data under the state folder.</summary>
public sealed class RabbitMqResource(string name, string stateDirectory) : Resource(name, "rabbitmq")
{
    private RabbitMqNode? _node;
    private int? _port;

    public string ConnectionString => _node?.ConnectionString ?? throw new InvalidOperationException($"{Name} is not running.");

    public override int? ProcessId => _node?.ProcessId;

    public override IReadOnlyList<ResourceEndpoint> Endpoints =>
        _port is { } port ? [new ResourceEndpoint("amqp", $"amqp://127.0.0.1:{port}")] : [];

    public override Task WhenExited => _node?.Exited ?? Task.CompletedTask;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        Log.Write($"starting RabbitMQ in {stateDirectory}");
        // The same port on every start, so the services' connection strings stay valid.
        _node = await RabbitMqNode.StartAsync(stateDirectory, cancellationToken, _port, line => Log.Write(line));
        _port = _node.Port;
        StartedAt = DateTimeOffset.UtcNow;
        ExitCode = null;
        Log.Write($"listening on 127.0.0.1:{_port}");
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
            ExitCode = 0;
        }
    }

    public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        _node is null || _node.HasExited ? Task.FromResult(false) : FreePorts.IsListeningAsync(_node.Port, cancellationToken);
}
