namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The @grpc/grpc-js interop client against this library's server, over TLS (grpc.credentials.createSsl).</summary>
public sealed class NodeTlsClientRun() : PeerClientRun(overTls: true)
{
    private protected override PeerProcess StartClient(string[] arguments) => Peers.StartNodeClient(arguments);
}
