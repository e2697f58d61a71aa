namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Debian's grpcio interop client against this library's server, over TLS (grpc.ssl_channel_credentials).</summary>
public sealed class PythonTlsClientRun() : PeerClientRun(overTls: true)
{
    private protected override PeerProcess StartClient(string[] arguments) => Peers.StartPythonClient(arguments);
}
