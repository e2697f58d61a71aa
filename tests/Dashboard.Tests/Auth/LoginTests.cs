using System.Net;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Trace.V1;
using Telehealth.AppHost.Dashboard.Tests.Support;

namespace Telehealth.AppHost.Dashboard.Tests.Auth;

public sealed class LoginTests : IAsyncLifetime
{
    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await TestDashboard.StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Theory]
    [InlineData("/api/resources")]
    [InlineData("/api/logs")]
    [InlineData("/api/traces")]
    [InlineData("/api/metrics")]
    [InlineData("/api/resources/progress/console")]
    public async Task Apis_without_a_session_answer_401(string path)
    {
        using var response = await _dashboard.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/traces")]
    [InlineData("/metrics")]
    public async Task Pages_without_a_session_redirect_to_the_login_page(string path)
    {
        using var response = await _dashboard.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Actions_without_a_session_change_nothing()
    {
        using var response = await _dashboard.Anonymous().PostAsync("/api/resources/progress/restart", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_dashboard.Catalog.Actions);
    }

    [Fact]
    public async Task The_printed_link_sets_an_http_only_strict_cookie_and_goes_to_the_resources_page()
    {
        using var response = await _dashboard.Anonymous().GetAsync(new Uri(_dashboard.Handle.LoginUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestDashboard.Token, cookie);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_without_a_cookie()
    {
        using var response = await _dashboard.Anonymous().GetAsync("/login?t=not-the-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("not the one", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_login_form_takes_the_token()
    {
        var cookies = new CookieContainer();
        var client = _dashboard.Anonymous(cookies);

        using var login = await client.PostAsync("/login", new FormUrlEncodedContent([new("token", TestDashboard.Token)]));
        using var resources = await client.GetAsync("/api/resources");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resources.StatusCode);
    }

    [Fact]
    public async Task The_login_page_is_served_to_anyone()
    {
        using var response = await _dashboard.Anonymous().GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-token\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_session_opens_pages_and_apis()
    {
        var client = await _dashboard.LoggedInAsync();

        using var page = await client.GetAsync("/traces");
        using var api = await client.GetAsync("/api/resources");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Scripts_use_the_token_as_a_bearer()
    {
        var resources = await _dashboard.WithBearer(TestDashboard.Token).GetJsonAsync("/api/resources");

        Assert.Equal(5, resources.GetArrayLength());
    }

    [Fact]
    public async Task A_wrong_bearer_is_401()
    {
        using var response = await _dashboard.WithBearer("guess").GetAsync("/api/resources");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Otlp_needs_no_login()
    {
        using var response = await _dashboard.PostOtlpAsync("/v1/traces", new ExportTraceServiceRequest());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Logging_out_forgets_the_session()
    {
        var client = await _dashboard.LoggedInAsync();

        using var logout = await client.PostAsync("/logout", null);
        using var after = await client.GetAsync("/api/resources");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task An_action_sent_from_another_origin_is_refused()
    {
        var client = await _dashboard.LoggedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/resources/progress/stop");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_dashboard.Catalog.Actions);
    }

    [Fact]
    public async Task A_request_for_a_foreign_host_name_is_refused_on_a_loopback_binding()
    {
        var client = _dashboard.WithBearer(TestDashboard.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/resources");
        request.Headers.Host = "rebound.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_forbid_foreign_scripts_and_framing()
    {
        var client = await _dashboard.LoggedInAsync();

        using var response = await client.GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }
}
