using Telehealth.Grpc.Interop.Tests.Peers;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Debian's grpcio calls the services over h2c.</summary>
[Collection(PlaintextCollection.Name)]
public sealed class GrpcioTests(PlaintextRun run)
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case_passes(string name) => run.AssertPassedAsync(Peer.Grpcio, name);
}
