namespace Telehealth.Grpc.Interop.Tests.Peers;

/// <summary>The gRPC implementations that call the services, each the way an app built on it would.</summary>
public enum Peer
{
    /// <summary>@grpc/grpc-js on node (peers/node/client.js).</summary>
    GrpcJs,

    /// <summary>Debian's grpcio on python (peers/python/client.py).</summary>
    Grpcio,
}
