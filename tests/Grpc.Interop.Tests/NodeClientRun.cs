namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The @grpc/grpc-js interop client against this library's server, over h2c.</summary>
public sealed class NodeClientRun() : PeerClientRun(overTls: false)
{
    private protected override PeerProcess StartClient(string[] arguments) => Peers.StartNodeClient(arguments);
}
