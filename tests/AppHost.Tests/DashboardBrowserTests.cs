using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Telehealth.AppHost.Tests.Support;
using Telehealth.Testing.Aspire;
using static Microsoft.Playwright.Assertions;

namespace Telehealth.AppHost.Tests;

/// <summary>
/// The operator's window, the Aspire dashboard, in Debian's chromium: the resources healthy, the
/// broker's console, a session report's trace across the services, and a domain metric.
/// Screenshots are kept under the test output's TestResults/screenshots.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class DashboardBrowserTests(TelehealthAppWithDashboard app) : IClassFixture<TelehealthAppWithDashboard>
{
    private const string Chromium = "/usr/bin/chromium";
    private const float Patience = 240_000;
    private const float AttemptMilliseconds = 45_000;
    private static readonly string[] Resources = ["messaging", .. TelehealthApp.Services];

    private readonly string _screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task An_operator_sees_the_resources_healthy_the_broker_console_a_report_trace_and_a_domain_metric()
    {
        Assert.True(File.Exists(Chromium), $"Debian's chromium is missing at {Chromium}: run 'apt-get install -y chromium' as root.");
        Directory.CreateDirectory(_screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        SetDefaultExpectTimeout(Patience);

        var login = await app.App.GetDashboardUrlAsync();
        Assert.True(login is not null, "the dashboard gave no login address");
        await page.GotoAsync(login.ToString());
        var dashboard = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        await ShowsAsync(page, $"{dashboard}/", async () =>
        {
            foreach (var name in Resources)
            {
                var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = name }).First;
                await Expect(row).ToContainTextAsync("Running", new LocatorAssertionsToContainTextOptions { Timeout = AttemptMilliseconds });
            }
            await Expect(page.GetByText("Unhealthy")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = AttemptMilliseconds });
        });
        await Screenshot(page, "dashboard-01-resources");

        await ShowsAsync(page, $"{dashboard}/consolelogs/resource/messaging", () =>
            Expect(page.GetByText("Server startup complete").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AttemptMilliseconds }));
        await Screenshot(page, "dashboard-02-broker-console");

        var traceId = RandomNumberGenerator.GetHexString(32, lowercase: true);
        await PatientJourney.PrescribeAndReportFlareAsync(app.GrpcAddress("prescription"), app.GrpcAddress("progress"), app.StateDirectory, traceId);
        var services = await TraceServicesAsync(page, $"{dashboard}/traces/detail/{traceId}");
        Assert.True(services.Count >= 3, $"the report's trace shows {string.Join(", ", services)}");
        await Screenshot(page, "dashboard-03-report-trace");

        await ShowsAsync(page, $"{dashboard}/metrics/resource/progress?meter=Telehealth.Progress&instrument=telehealth.progress.reports_received", async () =>
        {
            await Expect(page.GetByText("telehealth.progress.reports_received").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AttemptMilliseconds });
            await Expect(page.GetByText("Session reports accepted.").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = AttemptMilliseconds });
        });
        await Screenshot(page, "dashboard-04-reports-metric");
    }

    /// <summary>
    /// Opens <paramref name="url"/> until <paramref name="expectations"/> hold. The dashboard is a
    /// Blazor app: on a starved machine its live connection can fail ("An unhandled error has
    /// occurred"), and an operator would reload the page; so does this, up to the test's patience.
    /// </summary>
    private static async Task ShowsAsync(IPage page, string url, Func<Task> expectations)
    {
        var until = DateTime.UtcNow.AddMilliseconds(Patience);
        while (true)
        {
            await page.GotoAsync(url);
            try
            {
                await expectations();
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < until)
            {
                // Not shown this time: load the page again.
            }
        }
    }

    /// <summary>
    /// The telehealth services named on the trace's page, once its header counts three resources or
    /// more and progress, whose call the trace starts with, is among them.
    /// </summary>
    private static async Task<IReadOnlyList<string>> TraceServicesAsync(IPage page, string url)
    {
        var until = DateTime.UtcNow.AddMilliseconds(Patience);
        IReadOnlyList<string> seen = [];
        while (DateTime.UtcNow < until)
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var text = await page.Locator("body").InnerTextAsync();
            seen = TelehealthApp.Services.Where(service => text.Contains(service, StringComparison.Ordinal)).ToList();
            var counted = Regex.Match(text, @"Resources\s+(\d+)") is { Success: true } header ? int.Parse(header.Groups[1].Value) : 0;
            if (counted >= 3 && seen.Contains("progress") && seen.Count >= 3)
            {
                return seen;
            }
            await Task.Delay(1000);
        }
        throw new TimeoutException($"The report's trace did not show progress and two services downstream within {Patience / 1000} s; it showed {string.Join(", ", seen)}.");
    }

    private Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, name + ".png"), FullPage = true });
}
