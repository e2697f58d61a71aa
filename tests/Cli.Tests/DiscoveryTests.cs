using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Progress.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

/// <summary>Where addresses and tokens come from: options, then the environment, then the AppHost's apphost.json.</summary>
public sealed class DiscoveryTests : IAsyncLifetime
{
    private const string Triage = "ProgressService/GetTriage";
    private const string Closed = "http://127.0.0.1:1";

    private FakeSystem _system = null!;
    private readonly string _token = TestTokens.For(CallerRole.Therapist, Guid.NewGuid());

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _system.Backend.On<GetTriageRequest, GetTriageResponse>(Triage, _ => new GetTriageResponse());
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task The_running_AppHost_manifest_is_used_by_default()
    {
        using var cli = new CliRunner();
        cli.Environment["TELEHEALTH_TOKEN"] = _token;
        WriteManifest(Path.Combine(cli.Home, ".state"), _system.Address.ToString());

        var result = await cli.RunAsync("therapist", "triage");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(_system.Backend.Calls(Triage));
    }

    [Fact]
    public async Task The_state_folder_option_points_at_another_manifest()
    {
        using var cli = new CliRunner();
        using var elsewhere = new TempDirectory();
        WriteManifest(elsewhere.Path, _system.Address.ToString());

        var result = await cli.RunAsync("therapist", "triage", "--state-dir", elsewhere.Path, "--token", _token);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task The_environment_wins_over_the_manifest()
    {
        using var cli = new CliRunner();
        WriteManifest(Path.Combine(cli.Home, ".state"), Closed);
        cli.Environment["TELEHEALTH_PROGRESS_URL"] = _system.Address.ToString();
        cli.Environment["TELEHEALTH_TOKEN"] = _token;

        var result = await cli.RunAsync("therapist", "triage");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task The_option_wins_over_the_environment()
    {
        using var cli = new CliRunner();
        cli.Environment["TELEHEALTH_PROGRESS_URL"] = Closed;

        var result = await cli.RunAsync("therapist", "triage", "--progress-url", _system.Address.ToString(), "--token", _token);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task An_endpoints_file_in_the_manifest_shape_or_flat_works()
    {
        using var cli = new CliRunner();
        using var files = new TempDirectory();
        WriteManifest(files.Path, _system.Address.ToString());
        File.WriteAllText(files.File("flat.json"), $$"""{"progress":"{{_system.Address}}"}""");

        var nested = await cli.RunAsync("therapist", "triage", "--endpoints", files.File("apphost.json"), "--token", _token);
        var flat = await cli.RunAsync("therapist", "triage", "--endpoints", files.File("flat.json"), "--token", _token);

        Assert.True(nested.ExitCode == 0, nested.ToString());
        Assert.True(flat.ExitCode == 0, flat.ToString());
    }

    [Fact]
    public async Task No_address_anywhere_names_the_option_and_the_variable()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("therapist", "triage", "--token", _token);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No address for the progress service: pass --progress-url or set TELEHEALTH_PROGRESS_URL", result.Error);
    }

    [Fact]
    public async Task No_token_says_how_to_get_one()
    {
        using var cli = CliRunner.For(_system, token: null);

        var result = await cli.RunAsync("therapist", "triage");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("No token: pass --token or set TELEHEALTH_TOKEN", result.Error);
        Assert.Contains("telehealth token --role", result.Error);
        Assert.Empty(_system.Backend.Calls(Triage));
    }

    [Fact]
    public async Task A_missing_endpoints_file_is_a_usage_error()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("therapist", "triage", "--endpoints", "/nonexistent/endpoints.json", "--token", _token);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public async Task An_address_that_is_not_http_is_refused()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("therapist", "triage", "--progress-url", "amqp://127.0.0.1:5672", "--token", _token);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'amqp://127.0.0.1:5672' from --progress-url is not an http:// or https:// address.", result.Error);
    }

    private static void WriteManifest(string stateDirectory, string address)
    {
        Directory.CreateDirectory(stateDirectory);
        var services = string.Join(",", new[] { "prescription", "progress", "scheduling", "notification" }
            .Select(name => $$"""  "{{name}}": {"grpc": "{{address}}", "http": "http://127.0.0.1:9"}"""));
        File.WriteAllText(Path.Combine(stateDirectory, "apphost.json"),
            $$"""{"dashboard": "http://127.0.0.1:18888", "dashboardToken": "t", "identity": "/nonexistent/signing-key.json", "services": { {{services}} } }""");
    }
}
