using Telehealth.Grpc.Client;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The @grpc/grpc-js interop server on a free loopback port, and a channel to it.</summary>
public sealed class GrpcJsServer : IAsyncLifetime
{
    private PeerProcess? _process;

    public GrpcChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Peers.RequireNode();
        _process = PeerProcess.Start("node", Peers.NodeDirectory, "server.js", "--port", "0");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await _process.Output.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"server.js did not start: '{line}'. Its stderr:\n{_process.Errors}");
        }
        Channel = GrpcChannel.ForAddress("http://" + line["listening ".Length..].Trim());
    }

    public Task DisposeAsync()
    {
        Channel?.Dispose();
        _process?.Dispose();
        return Task.CompletedTask;
    }
}
