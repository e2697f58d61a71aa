namespace Telehealth.Grpc.Interop.Tests;

/// <summary>How each peer is run, and a clear failure when one is not installed.</summary>
internal static class Peers
{
    public const string DebianPython = "/usr/bin/python3";

    public static string NodeDirectory => Path.Combine(RepositoryPaths.Peers, "node");

    public static string PythonClient => Path.Combine(RepositoryPaths.Peers, "python", "client.py");

    /// <summary>peers/node/client.js with <paramref name="arguments"/> (--address, --cases, --ca).</summary>
    public static PeerProcess StartNodeClient(string[] arguments)
    {
        RequireNode();
        return PeerProcess.Start("node", NodeDirectory, ["client.js", .. arguments]);
    }

    /// <summary>peers/python/client.py on Debian's python3, with <paramref name="arguments"/> (--address, --cases, --ca).</summary>
    public static PeerProcess StartPythonClient(string[] arguments)
    {
        RequirePython();
        return PeerProcess.Start(DebianPython, Path.GetDirectoryName(PythonClient)!, [PythonClient, .. arguments]);
    }

    public static void RequireNode()
    {
        if (!Directory.Exists(Path.Combine(NodeDirectory, "node_modules", "@grpc", "grpc-js")))
        {
            throw new InvalidOperationException($"The grpc-js peer is not installed: run 'npm ci' in {NodeDirectory} (scripts/test.sh does).");
        }
    }

    public static void RequirePython()
    {
        if (!File.Exists(DebianPython))
        {
            throw new InvalidOperationException("Debian's python3 is missing: run 'apt-get install -y python3-grpcio python3-grpc-tools' (scripts/test.sh does).");
        }
    }
}
