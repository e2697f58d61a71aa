using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>This library's client calls the @grpc/grpc-js server.</summary>
public sealed class LibraryClientTests(GrpcJsServer server) : IClassFixture<GrpcJsServer>
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case_passes(string name) => new InteropClient(server.Channel).RunAsync(name);
}
