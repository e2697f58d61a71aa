using Telehealth.Grpc.Interop.Tests.Peers;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>@grpc/grpc-js calls the services over TLS, trusting their authority by grpc.credentials.createSsl(caPem).</summary>
[Collection(TlsCollection.Name)]
public sealed class GrpcJsTlsTests(TlsRun run)
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case_passes(string name) => run.AssertPassedAsync(Peer.GrpcJs, name);
}
