using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Telehealth.AppHost.Dashboard.Tests.Fakes;
using static Microsoft.Playwright.Assertions;

namespace Telehealth.AppHost.Dashboard.Tests.Browser;

/// <summary>The operator's walk through the dashboard in a real browser; each test leaves a screenshot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Logging_in_shows_four_healthy_services_and_the_broker()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture);

        await browser.LogInAsync(fixture.Dashboard.Handle.LoginUrl);

        await Expect(browser.Page).ToHaveURLAsync($"{fixture.Dashboard.Handle.Url}/");
        await Expect(browser.TestId("resource-row")).ToHaveCountAsync(5);
        foreach (var name in FakeResourceCatalog.Services.Prepend("messaging"))
        {
            await Expect(browser.Resource(name)).ToHaveAttributeAsync("data-health", "healthy");
            await Expect(browser.Resource(name).GetByTestId("resource-state")).ToHaveTextAsync("Running");
        }
        await Expect(browser.Resource("progress").GetByRole(AriaRole.Link, new() { Name = "http://127.0.0.1:5102" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("01-resources");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_resources_page_reads_in_the_dark_scheme_too()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture, ColorScheme.Dark);

        await browser.LogInAsync(fixture.Dashboard.Handle.LoginUrl);

        await Expect(browser.TestId("resource-row")).ToHaveCountAsync(5);
        await browser.ScreenshotAsync("01-resources-dark");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_wrong_token_keeps_the_login_page_and_the_right_one_opens_the_dashboard()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture);

        await browser.Page.GotoAsync($"{fixture.Dashboard.Handle.Url}/login?t=wrong");
        await Expect(browser.TestId("login-error")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("00-login-refused");
        await browser.TestId("login-token").FillAsync(fixture.Dashboard.Handle.LoginToken);
        await browser.TestId("login-submit").ClickAsync();

        await Expect(browser.TestId("resources-table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Restarting_a_service_shows_it_restarting_then_running_again()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture);
        await browser.LogInAsync(fixture.Dashboard.Handle.LoginUrl);
        var progress = browser.Resource("progress");
        await Expect(progress).ToHaveAttributeAsync("data-state", "running");
        var restartsBefore = int.Parse(await progress.GetByTestId("resource-restarts").InnerTextAsync());

        await progress.GetByTestId("resource-restart").ClickAsync();

        await Expect(progress).ToHaveAttributeAsync("data-state", "restarting");
        await Expect(progress.GetByTestId("resource-state")).ToHaveTextAsync("Restarting");
        await browser.ScreenshotAsync("02-restarting");
        await Expect(progress).ToHaveAttributeAsync("data-state", "running");
        await Expect(progress.GetByTestId("resource-restarts")).ToHaveTextAsync((restartsBefore + 1).ToString());
        await Expect(progress).ToHaveAttributeAsync("data-health", "healthy");
        await browser.ScreenshotAsync("03-restarted");
        Assert.Contains("restart progress", fixture.Dashboard.Catalog.Actions);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_submitted_report_shows_as_a_trace_across_services_with_a_waterfall()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture);
        await browser.LogInAsync(fixture.Dashboard.Handle.LoginUrl);
        var traceId = fixture.Report.TraceId;

        await browser.TestId("nav-traces").ClickAsync();
        var row = browser.Page.Locator($"[data-testid=trace-row][data-trace-id='{traceId}']");
        await Expect(row.GetByTestId("trace-span-count")).ToHaveTextAsync(fixture.Report.SpanCount.ToString());
        await Expect(row.GetByTestId("trace-services")).ToContainTextAsync("progress");
        await Expect(row.GetByTestId("trace-services")).ToContainTextAsync("scheduling");
        await browser.ScreenshotAsync("04-traces");
        await row.GetByTestId("trace-link").ClickAsync();

        await Expect(browser.Page).ToHaveURLAsync(new Regex($"/traces/{traceId}$"));
        var spans = browser.TestId("span-row");
        await Expect(spans).ToHaveCountAsync(fixture.Report.SpanCount);
        var services = await spans.EvaluateAllAsync<string[]>("rows => [...new Set(rows.map(r => r.dataset.resource))]");
        Assert.True(services.Length >= 2, $"the waterfall shows only {string.Join(", ", services)}");
        var bars = await browser.TestId("span-bar").EvaluateAllAsync<double[]>("bars => bars.map(b => b.getBoundingClientRect().width)");
        Assert.All(bars, width => Assert.True(width > 0));

        await browser.Page.Locator("[data-testid=span-row][data-resource=scheduling]").First.ClickAsync();
        await Expect(browser.TestId("span-details")).ToBeVisibleAsync();
        await Expect(browser.TestId("span-detail-resource")).ToHaveTextAsync("scheduling");
        await Expect(browser.TestId("span-details")).ToContainTextAsync("messaging.system");
        await browser.ScreenshotAsync("05-waterfall");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_histogram_and_a_counter_open_as_charts()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture);
        await browser.LogInAsync(fixture.Dashboard.Handle.LoginUrl);

        await browser.TestId("nav-metrics").ClickAsync();
        await browser.TestId("metric-resource").SelectOptionAsync("progress");
        await browser.TestId("metric-instrument").SelectOptionAsync("rpc.server.duration");

        var chart = browser.TestId("metric-chart");
        await Expect(chart.Locator("path[data-testid=metric-series]")).ToHaveCountAsync(3);
        await Expect(chart.Locator("path[data-series=p95]")).ToHaveAttributeAsync("d", new Regex("^M[\\d.]+,[\\d.]+ L"));
        await Expect(browser.TestId("metric-latest")).ToContainTextAsync("p99");
        await browser.ScreenshotAsync("06-metric-histogram");

        await browser.TestId("metric-instrument").SelectOptionAsync("telehealth.progress.reports_received");
        await Expect(chart.Locator("path[data-testid=metric-series]")).ToHaveCountAsync(1);
        await Expect(browser.TestId("metric-description")).ToContainTextAsync("counter");
        await browser.ScreenshotAsync("07-metric-counter");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_console_tails_live_and_searches()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture);
        await browser.LogInAsync(fixture.Dashboard.Handle.LoginUrl);

        await browser.Resource("scheduling").GetByRole(AriaRole.Link, new() { Name = "scheduling" }).ClickAsync();
        await Expect(browser.TestId("console-resource")).ToHaveValueAsync("scheduling");
        await Expect(browser.TestId("console-line").First).ToBeVisibleAsync();
        fixture.Dashboard.Catalog.WriteConsole("scheduling", "timer fired: SessionReminderDue");
        await Expect(browser.TestId("console-output")).ToContainTextAsync("timer fired: SessionReminderDue");

        await browser.TestId("console-search").FillAsync("listening");
        await Expect(browser.TestId("console-line")).ToHaveCountAsync(1);
        await Expect(browser.TestId("console-line").Locator("mark")).ToHaveTextAsync("listening");
        await browser.ScreenshotAsync("08-console");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Structured_logs_filter_by_level_and_link_to_their_trace()
    {
        await using var browser = await DashboardPage.OpenAsync(fixture);
        await browser.LogInAsync(fixture.Dashboard.Handle.LoginUrl);

        await browser.TestId("nav-logs").ClickAsync();
        await Expect(browser.TestId("log-row").First).ToBeVisibleAsync();
        await browser.TestId("logs-level").SelectOptionAsync("warning");
        await Expect(browser.TestId("log-row")).ToHaveCountAsync(2);
        var levels = await browser.TestId("log-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.level)");
        Assert.All(levels, level => Assert.Contains(level, new[] { "warning", "error", "critical" }));

        await browser.TestId("log-row").Filter(new() { HasText = "Pain after session" }).ClickAsync();
        await Expect(browser.TestId("log-details")).ToContainTextAsync("Delta");
        await browser.ScreenshotAsync("09-logs");
        await browser.TestId("log-row").Filter(new() { HasText = "Pain after session" }).GetByTestId("log-trace-link").ClickAsync();

        await Expect(browser.Page).ToHaveURLAsync(new Regex($"/traces/{fixture.Report.TraceId}$"));
        await Expect(browser.TestId("span-row")).ToHaveCountAsync(fixture.Report.SpanCount);
        Assert.Empty(browser.Errors);
    }
}
