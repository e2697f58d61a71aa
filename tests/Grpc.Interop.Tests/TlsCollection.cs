namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The tests that share one TLS system.</summary>
[CollectionDefinition(Name)]
public sealed class TlsCollection : ICollectionFixture<TlsRun>
{
    public const string Name = "services over TLS";
}
