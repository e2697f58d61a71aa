using System.Diagnostics;
using System.Reflection;
using Telehealth.Testing.Hosting;
using Telehealth.Testing.Aspire;

namespace Telehealth.AppHost.Tests;

/// <summary>
/// The AppHost as an operator runs it: its own process, with the orchestrator and the dashboard,
/// stopped with SIGTERM as Ctrl+C or a service manager would, leaving no process behind.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class AppHostProcessTests : IDisposable
{
    private static readonly string Configuration =
        typeof(AppHostProcessTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(90);

    // Every process the run starts inherits this, which is how the test finds them all.
    private readonly string _marker = Guid.NewGuid().ToString("N");
    private readonly string _state = Path.Combine(Path.GetTempPath(), "telehealth-apphost-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sigterm_stops_the_services_the_console_the_broker_epmd_the_orchestrator_and_the_dashboard()
    {
        var dashboardPort = FreePorts.Next();
        using var apphost = Start(dashboardPort);
        var output = new List<string>();
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var announced = false;
        var servicesListed = 0;
        void Capture(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (output)
            {
                output.Add(line);
                // "Telehealth is up" opens a block of lines (dashboard, console, then each service's
                // address); the block is read whole only once its last service line has arrived.
                announced |= line.StartsWith("Telehealth is up", StringComparison.Ordinal);
                servicesListed += announced && line.Contains(" grpc ", StringComparison.Ordinal) ? 1 : 0;
                if (servicesListed == TelehealthApp.Services.Length)
                {
                    up.TrySetResult();
                }
            }
        }
        apphost.OutputDataReceived += (_, e) => Capture(e.Data);
        apphost.ErrorDataReceived += (_, e) => Capture(e.Data);
        apphost.BeginOutputReadLine();
        apphost.BeginErrorReadLine();

        await up.Task.WaitAsync(StartLimit).ContinueWith(t => Assert.True(t.IsCompletedSuccessfully, $"The AppHost did not report every service healthy within {StartLimit}:\n{Joined(output)}"));
        var discovery = Path.Combine(_state, "apphost.json");
        Assert.True(File.Exists(discovery));
        // The handlers still append while the AppHost runs: read a copy.
        var printed = Lines(output);
        Assert.Contains(printed, line => line.Contains($"http://127.0.0.1:{dashboardPort}/login?t="));
        Assert.Contains(printed, line => line.TrimStart().StartsWith("console", StringComparison.Ordinal) && line.Contains("http://127.0.0.1:"));

        var started = ProcessEnvironment.Marked(_marker).Select(pid => (Pid: pid, Command: ProcessTree.CommandLine(pid))).ToList();
        foreach (var expected in new[] { "dcp", "Aspire.Dashboard", "beam.smp", "epmd", "Telehealth.Prescription", "Telehealth.Progress", "Telehealth.Scheduling", "Telehealth.Notification", "Telehealth.TherapistConsole" })
        {
            Assert.True(started.Any(p => p.Command.Contains(expected)), $"no {expected} among the run's processes: {string.Join("; ", started.Select(p => p.Command))}");
        }

        Process.Start("kill", ["-TERM", apphost.Id.ToString()])!.WaitForExit();
        using (var limit = new CancellationTokenSource(StopLimit))
        {
            await apphost.WaitForExitAsync(limit.Token);
        }

        Assert.False(File.Exists(discovery), "apphost.json outlived the AppHost");
        var until = DateTime.UtcNow + StopLimit;
        while (ProcessEnvironment.Marked(_marker).Count > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }
        var left = ProcessEnvironment.Marked(_marker).Select(ProcessTree.CommandLine).ToList();
        Assert.True(left.Count == 0, $"left behind: {string.Join("; ", left)}");
    }

    public void Dispose()
    {
        ProcessEnvironment.KillMarked(_marker);
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private Process Start(int dashboardPort)
    {
        var assembly = Path.Combine(RepositoryRoot(), "AppHost", "bin", Configuration, "net10.0", "Telehealth.AppHost.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The launch profile's settings, on ports of the test's own so a running system is left alone.
        foreach (var argument in new[] { assembly, "--state-dir", _state, "--DcpPublisher:RandomizePorts=true" })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["TELEHEALTH_TEST_MARKER"] = _marker;
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{dashboardPort}";
        info.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePorts.Next()}";
        info.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePorts.Next()}";
        info.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        return Process.Start(info)!;
    }

    private static List<string> Lines(List<string> output)
    {
        lock (output)
        {
            return [.. output];
        }
    }

    private static string Joined(List<string> output)
    {
        lock (output)
        {
            return string.Join('\n', output.TakeLast(60));
        }
    }

    private static string RepositoryRoot()
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
}
