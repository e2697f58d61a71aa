using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Python's grpcio calls this library's server over TLS, trusting the server's authority by ssl_channel_credentials.</summary>
public sealed class GrpcioTlsClientTests(PythonTlsClientRun run) : IClassFixture<PythonTlsClientRun>
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_passes(string name) => run.AssertPassed(name);
}
