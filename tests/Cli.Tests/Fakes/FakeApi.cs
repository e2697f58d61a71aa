namespace Telehealth.Cli.Tests.Fakes;

/// <summary>The four services as one fake: every RPC goes to <see cref="Backend"/> (see <see cref="FakeMethodProvider"/>).</summary>
public sealed class FakeApi(FakeBackend backend)
{
    public FakeBackend Backend { get; } = backend;
}
