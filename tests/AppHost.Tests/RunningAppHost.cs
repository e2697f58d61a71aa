using System.Diagnostics;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Telehealth.AppHost.Tests;

/// <summary>
/// The AppHost started as its own process on a free dashboard port with a fresh state folder,
/// read through the dashboard's JSON endpoint, and stopped with SIGTERM.
/// </summary>
public sealed partial class RunningAppHost : IAsyncLifetime
{
    private static readonly string Configuration =
        typeof(RunningAppHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private readonly string _state = Path.Combine(Path.GetTempPath(), "telehealth-apphost-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _output = [];
    private Process _process = null!;

    public HttpClient Dashboard { get; private set; } = null!;

    public Uri DashboardUrl { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public string StateDirectory => _state;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public async Task InitializeAsync()
    {
        var root = FindRoot();
        // The tests' build is in the tests' configuration; the AppHost runs the services from their Release build.
        await BuildServicesInReleaseAsync(root);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(root, "AppHost", "bin", Configuration, "net10.0", "Telehealth.AppHost.dll"), "--dashboard-port", "0", "--state-dir", _state, "--no-build" })
        {
            info.ArgumentList.Add(argument);
        }
        _process = Process.Start(info)!;
        var ready = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Capture(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_output)
            {
                _output.Add(line);
            }
            if (DashboardLine().Match(line) is { Success: true } match)
            {
                ready.TrySetResult(match);
            }
        }
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var dashboard = await ready.Task.WaitAsync(TimeSpan.FromMinutes(4));
        DashboardUrl = new Uri(dashboard.Groups["url"].Value);
        Token = dashboard.Groups["token"].Value;
        Dashboard = new HttpClient { BaseAddress = DashboardUrl };
        Dashboard.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task<JsonElement[]> ResourcesAsync()
    {
        using var document = JsonDocument.Parse(await Dashboard.GetStringAsync("/api/resources"));
        var root = document.RootElement;
        var list = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("resources");
        return list.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    public async Task<JsonElement> ResourceAsync(string name) =>
        (await ResourcesAsync()).Single(r => r.GetProperty("name").GetString() == name);

    /// <summary>SIGTERM, as an operator's Ctrl+C or a service manager would stop it.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(timeout.Token);
        }
        return _process.ExitCode;
    }

    public async Task DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        ProcessEnvironment.KillStartedFor(_state);
        Dashboard?.Dispose();
        _process.Dispose();
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private static async Task BuildServicesInReleaseAsync(string root)
    {
        if (Configuration == "Release")
        {
            return;
        }
        foreach (var service in new[] { "Prescription", "Progress", "Scheduling", "Notification" })
        {
            var project = Path.Combine(root, "src", service, $"{service}.csproj");
            if (!File.Exists(project))
            {
                continue;
            }
            using var build = Process.Start("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "quiet"])!;
            await build.WaitForExitAsync();
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Telehealth.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Telehealth.sln not found.");
    }

    [GeneratedRegex(@"Dashboard: (?<url>http://[^/\s]+)/login\?t=(?<token>[0-9a-f]+)")]
    private static partial Regex DashboardLine();
}
