namespace Telehealth.AppHost.Tests;

/// <summary>One application at a time: each starts a broker and four services on a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection
{
    public const string Name = "apphost";
}
