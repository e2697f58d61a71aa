using Telehealth.Grpc.Interop.Tests.Peers;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Debian's grpcio calls the services over TLS, trusting their authority by grpc.ssl_channel_credentials(root_certificates=caPem).</summary>
[Collection(TlsCollection.Name)]
public sealed class GrpcioTlsTests(TlsRun run)
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case_passes(string name) => run.AssertPassedAsync(Peer.Grpcio, name);
}
