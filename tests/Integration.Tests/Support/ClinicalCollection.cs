namespace Telehealth.Integration.Tests.Support;

[CollectionDefinition(Name)]
public sealed class ClinicalCollection : ICollectionFixture<ClinicalSystem>
{
    public const string Name = "clinical system";
}
