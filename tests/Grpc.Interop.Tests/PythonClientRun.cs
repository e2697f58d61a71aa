namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Debian's grpcio interop client against this library's server, over h2c.</summary>
public sealed class PythonClientRun() : PeerClientRun(overTls: false)
{
    private protected override PeerProcess StartClient(string[] arguments) => Peers.StartPythonClient(arguments);
}
