using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.Cli.Tests;

public sealed class OperatorTests : IAsyncLifetime
{
    private FakeSystem _system = null!;

    public async Task InitializeAsync() => _system = await FakeSystem.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Dashboard_prints_the_login_address_from_the_apphost_manifest()
    {
        using var cli = new CliRunner();
        WriteManifest(Path.Combine(cli.Home, ".state"), """ "dashboard": "http://localhost:18888", "dashboardToken": "0a1b2c3d" """);

        var result = await cli.RunAsync("dashboard");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("http://localhost:18888/login?t=0a1b2c3d", result.Out.TrimEnd());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Dashboard_json_has_the_address_and_the_login_address()
    {
        using var cli = new CliRunner();
        var state = Path.Combine(cli.Home, "elsewhere");
        WriteManifest(state, """ "dashboard": "http://localhost:18888", "dashboardToken": "0a1b2c3d" """);
        cli.Environment["TELEHEALTH_STATE_DIR"] = state;

        var result = await cli.RunAsync("dashboard", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal("http://localhost:18888", json.GetProperty("dashboard").GetString());
        Assert.Equal("http://localhost:18888/login?t=0a1b2c3d", json.GetProperty("login").GetString());
    }

    [Fact]
    public async Task Dashboard_without_a_running_apphost_exits_2_saying_how_to_start_it()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("dashboard");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No AppHost is running", result.Error);
        Assert.Contains("start the system with bash scripts/start.sh", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Dashboard_exits_6_when_the_apphost_runs_without_one()
    {
        using var cli = new CliRunner();
        var state = Path.Combine(cli.Home, "elsewhere");
        WriteManifest(state, """ "dashboard": null, "dashboardToken": null """);

        var result = await cli.RunAsync("dashboard", "--state-dir", state);

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("The AppHost runs without a dashboard", result.Error);
        Assert.Equal("", result.Out);
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

    private static void WriteManifest(string stateDirectory, string dashboard)
    {
        Directory.CreateDirectory(stateDirectory);
        File.WriteAllText(Path.Combine(stateDirectory, "apphost.json"),
            $$"""{ {{dashboard}}, "identity": "/nonexistent/signing-key.json", "services": {} }""");
    }
}
