using System.Reflection;
using System.Runtime.InteropServices;

namespace Telehealth.Grpc.Interop.Tests.Peers;

/// <summary>How each peer is started, and a clear failure when one is not installed.</summary>
internal static class PeerPrograms
{
    // python3-grpcio installs into Debian's python, which need not be the python3 on the PATH.
    private const string DebianPython = "/usr/bin/python3";

    private static string NodeDirectory => Path.Combine(RepositoryPaths.Peers, "node");

    private static string PythonDirectory => Path.Combine(RepositoryPaths.Peers, "python");

    /// <summary>The peer's client with <paramref name="arguments"/> (--prescription, --scheduling, --progress, --notification, --cases, --ca) and its callers in <paramref name="environment"/>.</summary>
    public static PeerProcess Start(Peer peer, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        switch (peer)
        {
            case Peer.GrpcJs:
                RequireNode();
                return PeerProcess.Start("node", NodeDirectory, ["client.js", .. arguments], environment);
            case Peer.Grpcio:
                RequirePython();
                var withProtoc = new Dictionary<string, string>(environment) { ["PROTOC"] = Protoc() };
                return PeerProcess.Start(DebianPython, PythonDirectory, ["client.py", .. arguments], withProtoc);
            default:
                throw new ArgumentOutOfRangeException(nameof(peer), peer, "not a peer");
        }
    }

    private static void RequireNode()
    {
        if (!Directory.Exists(Path.Combine(NodeDirectory, "node_modules", "@grpc", "grpc-js")))
        {
            throw new InvalidOperationException($"The grpc-js peer is not installed: run 'npm ci' in {NodeDirectory} (scripts/test.sh does).");
        }
    }

    private static void RequirePython()
    {
        if (!File.Exists(DebianPython))
        {
            throw new InvalidOperationException("Debian's python3 is missing: run 'apt-get install -y python3-grpcio python3-grpc-tools' (scripts/test.sh does).");
        }
    }

    // The protoc of the Grpc.Tools package this project restores: the one inside Debian's
    // grpc_tools is too old for proto3 `optional`, which the contract uses.
    private static string Protoc()
    {
        var package = typeof(PeerPrograms).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "GrpcToolsDirectory")?.Value
            ?? throw new InvalidOperationException("The test assembly does not record where Grpc.Tools is (GrpcToolsDirectory).");
        var platform = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux_arm64" : "linux_x64";
        var protoc = Path.Combine(package, "tools", platform, "protoc");
        if (!File.Exists(protoc))
        {
            throw new InvalidOperationException($"protoc is not at {protoc}: restore the test project again.");
        }
        return protoc;
    }
}
