namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The tests that share one plaintext system.</summary>
[CollectionDefinition(Name)]
public sealed class PlaintextCollection : ICollectionFixture<PlaintextRun>
{
    public const string Name = "services over h2c";
}
