namespace Telehealth.AppHost.Dashboard.Tests.Browser;

/// <summary>One chromium and one dashboard for all browser tests, which then run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
