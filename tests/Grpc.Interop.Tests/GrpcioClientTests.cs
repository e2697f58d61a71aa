using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>Python's grpcio calls this library's server.</summary>
public sealed class GrpcioClientTests(PythonClientRun run) : IClassFixture<PythonClientRun>
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_passes(string name) => run.AssertPassed(name);
}
