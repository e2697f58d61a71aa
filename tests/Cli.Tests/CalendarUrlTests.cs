using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

/// <summary>`patient calendar-url`: the subscription path on the scheduling service's HTTP/1.1 address, found as gRPC addresses are.</summary>
public sealed class CalendarUrlTests : IAsyncLifetime
{
    private const string Feed = "SchedulingService/GetCalendarFeed";
    private const string Path = "/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde.ics";
    private readonly Guid _patient = Guid.NewGuid();
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Patient, _patient));
        Backend.On<GetCalendarFeedRequest, CalendarFeed>(Feed, _ => new CalendarFeed { ContentType = "text/calendar; charset=utf-8", Ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", SubscriptionPath = Path });
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task Prints_the_feed_address_on_the_http_endpoint_from_the_environment()
    {
        _cli.Environment["TELEHEALTH_SCHEDULING_HTTP_URL"] = "http://127.0.0.1:5302";

        var result = await _cli.RunAsync("patient", "calendar-url");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"http://127.0.0.1:5302{Path}", result.Out.Trim());
        var request = Backend.Request<GetCalendarFeedRequest>(Feed);
        Assert.Equal(_patient.ToString(), request.PatientId);
        Assert.False(request.RotateSubscription);
        Assert.Contains("--rotate", result.Error);
    }

    [Fact]
    public async Task Rotate_asks_for_a_new_address_and_json_gives_it_to_scripts()
    {
        var result = await _cli.RunAsync("patient", "calendar-url", "--rotate", "--json", "--http-url", "http://scheduling.example:8080/");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Backend.Request<GetCalendarFeedRequest>(Feed).RotateSubscription);
        Assert.Equal($"http://scheduling.example:8080{Path}", result.Json().GetProperty("url").GetString());
        Assert.Equal(Path, result.Json().GetProperty("subscriptionPath").GetString());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task The_running_apphosts_http_address_is_used_by_default()
    {
        using var cli = new CliRunner();
        cli.Environment["TELEHEALTH_TOKEN"] = TestTokens.For(CallerRole.Patient, _patient);
        var state = System.IO.Path.Combine(cli.Home, ".state");
        Directory.CreateDirectory(state);
        File.WriteAllText(System.IO.Path.Combine(state, "apphost.json"),
            $$"""{"identity": "/nonexistent", "services": {"scheduling": {"grpc": "{{_system.Address}}", "http": "http://localhost:5302"} } }""");

        var result = await cli.RunAsync("patient", "calendar-url");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"http://localhost:5302{Path}", result.Out.Trim());
    }

    [Fact]
    public async Task Without_an_http_address_nothing_is_asked_for()
    {
        var result = await _cli.RunAsync("patient", "calendar-url", "--rotate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No HTTP address for the scheduling service: pass --http-url or set TELEHEALTH_SCHEDULING_HTTP_URL", result.Error);
        Assert.Empty(Backend.Calls(Feed));
    }
}
