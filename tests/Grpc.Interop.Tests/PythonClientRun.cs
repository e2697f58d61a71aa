namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Debian's grpcio interop client against this library's server.</summary>
public sealed class PythonClientRun : PeerClientRun
{
    private protected override PeerProcess StartClient(string address, string cases)
    {
        Peers.RequirePython();
        return PeerProcess.Start(Peers.DebianPython, Path.GetDirectoryName(Peers.PythonClient)!, Peers.PythonClient, "--address", address, "--cases", cases);
    }
}
