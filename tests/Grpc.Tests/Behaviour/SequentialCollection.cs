namespace Telehealth.Grpc.Tests.Behaviour;

/// <summary>Tests that listen to process-wide spans and metrics run alone, so other tests' calls stay out.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialCollection
{
    public const string Name = "sequential";
}
