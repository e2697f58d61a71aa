namespace Telehealth.Scheduling.Tests.Integration;

[CollectionDefinition(Name)]
public sealed class SchedulingCollection : ICollectionFixture<SchedulingSystem>
{
    public const string Name = "scheduling service on a broker";
}
