namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The @grpc/grpc-js interop client against this library's server.</summary>
public sealed class NodeClientRun : PeerClientRun
{
    private protected override PeerProcess StartClient(string address, string cases)
    {
        Peers.RequireNode();
        return PeerProcess.Start("node", Peers.NodeDirectory, "client.js", "--address", address, "--cases", cases);
    }
}
