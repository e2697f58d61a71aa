using Microsoft.Playwright;

namespace Telehealth.AppHost.Dashboard.Tests.Browser;

/// <summary>
/// A fresh browser context (no cookies) on the dashboard, logged in through the printed link. Collects the
/// page's script errors, so a test fails on a broken page even when the element it looks for is drawn.
/// </summary>
internal sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _screenshots;
    private readonly List<string> _errors = [];

    private DashboardPage(IBrowserContext context, IPage page, string screenshots)
    {
        _context = context;
        _screenshots = screenshots;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => _errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    public static async Task<DashboardPage> OpenAsync(BrowserFixture fixture, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            ColorScheme = scheme,
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        return new DashboardPage(context, page, fixture.ScreenshotFolder);
    }

    public async Task LogInAsync(string loginUrl)
    {
        await Page.GotoAsync(loginUrl);
        await Assertions.Expect(Page.GetByTestId("resources-table")).ToBeVisibleAsync();
    }

    public ILocator TestId(string testId) => Page.GetByTestId(testId);

    public ILocator Resource(string name) => Page.Locator($"[data-testid=resource-row][data-resource='{name}']");

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, $"{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
