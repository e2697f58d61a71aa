using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Telehealth.AppHost.Tests;

/// <summary>
/// The operator's view of the real system in Debian's chromium: five healthy resources, a restart
/// seen through, a report's trace across services, and a metric chart. Screenshots are kept.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class DashboardBrowserTests(RunningAppHost host) : IClassFixture<RunningAppHost>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] Resources = ["messaging", "prescription", "progress", "scheduling", "notification"];
    private readonly string _screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task An_operator_sees_the_system_restarts_a_service_follows_a_report_and_opens_a_chart()
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
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        SetDefaultExpectTimeout(180_000);

        await page.GotoAsync($"{host.DashboardUrl.ToString().TrimEnd('/')}/login?t={host.Token}");
        foreach (var name in Resources)
        {
            var row = page.Locator($"[data-testid=resource-row][data-resource='{name}']");
            await Expect(row).ToHaveAttributeAsync("data-state", "running");
            await Expect(row).ToHaveAttributeAsync("data-health", "healthy");
        }
        await Screenshot(page, "system-01-healthy");

        var scheduling = page.Locator("[data-testid=resource-row][data-resource='scheduling']");
        var restartsBefore = int.Parse(await scheduling.GetByTestId("resource-restarts").InnerTextAsync());
        await scheduling.GetByTestId("resource-restart").ClickAsync();
        await Expect(scheduling.GetByTestId("resource-restarts")).ToHaveTextAsync((restartsBefore + 1).ToString());
        await Expect(scheduling).ToHaveAttributeAsync("data-state", "running");
        await Screenshot(page, "system-02-restarted");

        var prescription = Endpoint(await host.ResourceAsync("prescription"), "grpc");
        var progress = Endpoint(await host.ResourceAsync("progress"), "grpc");
        await PatientJourney.PrescribeAndReportAsync(prescription, progress, host.StateDirectory);
        var traceId = await TraceAcrossServicesAsync();

        await page.GetByTestId("nav-traces").ClickAsync();
        var traceRow = page.Locator($"[data-testid=trace-row][data-trace-id='{traceId}']");
        await traceRow.GetByTestId("trace-link").ClickAsync();
        var spans = page.GetByTestId("span-row");
        await Expect(spans.First).ToBeVisibleAsync();
        var services = await spans.EvaluateAllAsync<string[]>("rows => [...new Set(rows.map(r => r.dataset.resource))]");
        Assert.True(services.Length >= 2, $"the waterfall shows only {string.Join(", ", services)}");
        await Screenshot(page, "system-03-waterfall");

        await page.GetByTestId("nav-metrics").ClickAsync();
        await page.GetByTestId("metric-resource").SelectOptionAsync("progress");
        await Expect(page.GetByTestId("metric-instrument").Locator("option[value='telehealth.progress.reports_received']")).ToHaveCountAsync(1);
        await page.GetByTestId("metric-instrument").SelectOptionAsync("telehealth.progress.reports_received");
        await Expect(page.GetByTestId("metric-chart").Locator("path[data-testid=metric-series]")).ToHaveCountAsync(1);
        await Screenshot(page, "system-04-metric");

        // The restart left no stray process: after SIGTERM nothing the AppHost started runs on.
        var processes = (await host.ResourcesAsync()).Select(r => r.GetProperty("processId").GetInt32()).ToList();
        Assert.Equal(0, await host.StopAsync());
        Assert.All(processes, pid => Assert.False(ProcessEnvironment.IsAlive(pid), $"process {pid} outlived the AppHost"));
        Assert.Empty(ProcessEnvironment.StartedFor(host.StateDirectory));
    }

    // The report's trace: progress's gRPC call, its outbox publish, and another service consuming the event.
    private async Task<string> TraceAcrossServicesAsync()
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until)
        {
            using var traces = JsonDocument.Parse(await host.Dashboard.GetStringAsync("/api/traces?resource=progress&minSpans=2&limit=200"));
            var list = traces.RootElement.ValueKind == JsonValueKind.Array ? traces.RootElement : traces.RootElement.GetProperty("traces");
            foreach (var trace in list.EnumerateArray())
            {
                var serviceNames = trace.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ToList();
                if (serviceNames.Contains("progress") && serviceNames.Count >= 2)
                {
                    return trace.GetProperty("traceId").GetString()!;
                }
            }
            await Task.Delay(1000);
        }
        throw new TimeoutException("No trace of the report spanning two services reached the dashboard.");
    }

    private Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, name + ".png"), FullPage = true });

    private static Uri Endpoint(JsonElement resource, string name) =>
        new(resource.GetProperty("endpoints").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("url").GetString()!);
}
