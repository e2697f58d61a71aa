using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>@grpc/grpc-js calls this library's server over TLS, trusting the server's authority by createSsl(caPem).</summary>
public sealed class GrpcJsTlsClientTests(NodeTlsClientRun run) : IClassFixture<NodeTlsClientRun>
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_passes(string name) => run.AssertPassed(name);
}
