using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>@grpc/grpc-js calls this library's server.</summary>
public sealed class GrpcJsClientTests(NodeClientRun run) : IClassFixture<NodeClientRun>
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_passes(string name) => run.AssertPassed(name);
}
