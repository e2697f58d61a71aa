using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Loopback;

/// <summary>The interop cases with this library on both ends.</summary>
public sealed class InteropCaseTests(LoopbackServerFixture fixture) : IClassFixture<LoopbackServerFixture>
{
    public static TheoryData<string> Cases => new(InteropCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case_passes(string name) => new InteropClient(fixture.Channel).RunAsync(name);
}
