using Microsoft.Playwright;
using Telehealth.AppHost.Dashboard.Tests.Fakes;
using Telehealth.AppHost.Dashboard.Tests.Support;

namespace Telehealth.AppHost.Dashboard.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright (its node driver ships in the NuGet package; no browser is
/// downloaded), a dashboard over the fake catalog, and one patient report's telemetry posted over OTLP.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Headless, and kept off the network: no background fetches, updates, sync or QUIC probing.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    internal TestDashboard Dashboard { get; private set; } = null!;

    internal PatientReportScenario Report { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Debian's chromium is missing at {ChromiumPath}: run 'apt-get install -y chromium' as root.");
        }
        Directory.CreateDirectory(ScreenshotFolder);
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        // As long as a real service takes to stop, start and turn healthy, so the page can show each step.
        Dashboard = await TestDashboard.StartAsync(catalog: new FakeResourceCatalog { RestartDelay = TimeSpan.FromSeconds(3) });
        Report = await PatientReportScenario.PostAsync(Dashboard);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Dashboard is not null)
        {
            await Dashboard.DisposeAsync();
        }
    }
}
