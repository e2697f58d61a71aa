using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.Cli.Tests;

public sealed class OperatorTests : IAsyncLifetime
{
    private const string DashboardToken = "dashboard-token-1";
    private FakeDashboard _dashboard = null!;
    private FakeSystem _system = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await FakeDashboard.StartAsync(DashboardToken);
        _system = await FakeSystem.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _dashboard.DisposeAsync();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task Resources_reads_the_dashboard_named_in_the_manifest()
    {
        using var cli = new CliRunner();
        var state = Directory.CreateDirectory(Path.Combine(cli.Home, ".state")).FullName;
        File.WriteAllText(Path.Combine(state, "apphost.json"), $$"""{"dashboard":"{{_dashboard.Address}}","dashboardToken":"{{DashboardToken}}","services":{} }""");

        var result = await cli.RunAsync("resources");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("prescription", result.Out);
        Assert.Contains("grpc http://127.0.0.1:44525", result.Out);
        Assert.Contains("failed-to-start", result.Out);
        Assert.Contains("4343", result.Out);
    }

    [Fact]
    public async Task Resources_json_is_the_dashboards_own()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("resources", "--json", "--dashboard-url", _dashboard.Address.ToString(), "--dashboard-token", DashboardToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        var resources = result.Json().EnumerateArray().ToList();
        Assert.Equal(["messaging", "prescription", "progress"], resources.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(2, resources[1].GetProperty("restarts").GetInt32());
    }

    [Fact]
    public async Task A_wrong_dashboard_token_exits_3()
    {
        using var cli = new CliRunner();
        cli.Environment["TELEHEALTH_DASHBOARD_URL"] = _dashboard.Address.ToString();
        cli.Environment["TELEHEALTH_DASHBOARD_TOKEN"] = "wrong";

        var result = await cli.RunAsync("resources");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("did not accept the token", result.Error);
    }

    [Fact]
    public async Task No_dashboard_address_names_the_option_and_the_variable()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("resources");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No dashboard address: pass --dashboard-url or set TELEHEALTH_DASHBOARD_URL", result.Error);
    }

    [Fact]
    public async Task An_unreachable_dashboard_exits_6()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("resources", "--dashboard-url", $"http://127.0.0.1:{FreePort.Closed()}", "--dashboard-token", DashboardToken);

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("Could not reach the dashboard at", result.Error);
    }

    [Fact]
    public async Task Health_is_ok_when_every_service_serves_and_needs_no_token()
    {
        using var cli = CliRunner.For(_system, token: null);

        var result = await cli.RunAsync("health");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(4, result.Out.Split("serving").Length - 1);
    }

    [Fact]
    public async Task Health_exits_6_naming_the_service_not_serving_or_not_reachable()
    {
        using var cli = CliRunner.For(_system, token: null);
        cli.Environment["TELEHEALTH_SCHEDULING_URL"] = $"http://127.0.0.1:{FreePort.Closed()}";
        _system.Health.SetStatus("telehealth.progress.v1.ProgressService", ServingStatus.NotServing);

        var result = await cli.RunAsync("health", "--json");

        Assert.Equal(6, result.ExitCode);
        var json = result.Json();
        Assert.False(json.GetProperty("healthy").GetBoolean());
        var statuses = json.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("service").GetString()!, s => s.GetProperty("status").GetString());
        Assert.Equal("serving", statuses["prescription"]);
        Assert.Equal("not-serving", statuses["progress"]);
        Assert.Equal("unreachable", statuses["scheduling"]);
        Assert.Equal("serving", statuses["notification"]);
    }

    [Fact]
    public async Task Health_without_any_address_says_how_to_give_them()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("health");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No service addresses: pass --endpoints or --<service>-url, set TELEHEALTH_<SERVICE>_URL", result.Error);
    }

    [Fact]
    public async Task Health_names_the_option_for_a_service_without_an_address()
    {
        using var cli = CliRunner.For(_system, token: null);
        cli.Environment.Remove("TELEHEALTH_SCHEDULING_URL");

        var result = await cli.RunAsync("health");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("no-address", result.Out);
        Assert.Contains("pass --scheduling-url or set TELEHEALTH_SCHEDULING_URL", result.Out);
    }
}
