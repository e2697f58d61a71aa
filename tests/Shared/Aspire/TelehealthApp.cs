using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Telehealth.Testing.Hosting;
using Xunit;

namespace Telehealth.Testing.Aspire;

/// <summary>
/// The AppHost's application model started by Aspire's test harness, with a fresh state folder
/// and ports chosen by Aspire. Without the dashboard, the services export their telemetry to an
/// OTLP receiver the tests read. Tests add the settings they need through <c>configure</c>.
/// </summary>
public class TelehealthApp(Action<IDistributedApplicationTestingBuilder>? configure = null) : IAsyncLifetime
{
    public static readonly string[] Services = ["prescription", "progress", "scheduling", "notification"];

    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _consoles = new();
    private readonly CancellationTokenSource _stopping = new();

    public string StateDirectory { get; } = Path.Combine(Path.GetTempPath(), "telehealth-aspire-" + Guid.NewGuid().ToString("N"));

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>What the services exported; null when they export to the dashboard instead.</summary>
    public OtlpCapture? Telemetry { get; private set; }

    protected virtual bool WithDashboard => false;

    public async Task InitializeAsync()
    {
        using var limit = new CancellationTokenSource(Patience * 3);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--state-dir", StateDirectory],
            (options, _) => options.DisableDashboard = !WithDashboard,
            limit.Token);
        // Health checks fail by design while a service restarts; the test output keeps to what matters.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning));
        if (!WithDashboard)
        {
            Telemetry = await OtlpCapture.StartAsync();
            foreach (var service in Services)
            {
                WithEnvironment(builder, service, Telemetry.ServiceEnvironment());
            }
        }
        configure?.Invoke(builder);
        App = await builder.BuildAsync(limit.Token);
        await App.StartAsync(limit.Token);
        var loggers = App.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var resource in builder.Resources.Where(r => r is ProjectResource or IResourceWithConnectionString))
        {
            _ = KeepConsoleAsync(loggers, resource);
        }
        // A whole system started from nothing, on a machine other test runs share: twice the patience.
        await WaitUntilHealthyAsync(["messaging", .. Services], limit.Token, patience: Patience + Patience);
        await DiscoveryFileAsync(limit.Token);
    }

    /// <summary>apphost.json, which the AppHost writes once it too has seen every service healthy.</summary>
    public string DiscoveryFile => Path.Combine(StateDirectory, "apphost.json");

    /// <summary>Sets variables on one service's process, over what the AppHost gives it.</summary>
    public static void WithEnvironment(IDistributedApplicationTestingBuilder builder, string service, IReadOnlyDictionary<string, string> variables)
    {
        var resource = builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == service));
        foreach (var (name, value) in variables)
        {
            resource.WithEnvironment(name, value);
        }
    }

    /// <summary>
    /// Waits until every resource is healthy. By default a resource that has stopped or failed ends
    /// the wait at once; a resource being restarted passes through those states on its way back, so
    /// a restart waits through them (<see cref="WaitBehavior.WaitOnResourceUnavailable"/>).
    /// </summary>
    public async Task WaitUntilHealthyAsync(
        IEnumerable<string> resources, CancellationToken cancellationToken = default, WaitBehavior behavior = WaitBehavior.StopOnResourceUnavailable, TimeSpan? patience = null)
    {
        var waitFor = patience ?? Patience;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(waitFor);
        foreach (var resource in resources)
        {
            try
            {
                await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, behavior, limit.Token);
            }
            catch (DistributedApplicationException failed)
            {
                throw new InvalidOperationException($"{failed.Message} Its console:\n{string.Join('\n', ConsoleLog(resource).TakeLast(30))}", failed);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                throw new TimeoutException($"{resource} did not become healthy within {waitFor}; its console:\n{string.Join('\n', ConsoleLog(resource).TakeLast(30))}");
            }
        }
    }

    public Uri GrpcAddress(string service) => App.GetEndpoint(service, "grpc");

    public Uri HttpAddress(string service) => App.GetEndpoint(service, "http");

    public async Task<string> BrokerConnectionStringAsync() =>
        await App.GetConnectionStringAsync("messaging") ?? throw new InvalidOperationException("The broker has no connection string.");

    /// <summary>What a resource wrote to its console so far, across its restarts.</summary>
    public IReadOnlyList<string> ConsoleLog(string resource) =>
        _consoles.TryGetValue(resource, out var lines) ? [.. lines] : [];

    /// <summary>The state of a resource as Aspire last reported it, once <paramref name="predicate"/> holds.</summary>
    public async Task<ResourceEvent> WaitForAsync(string resource, Func<ResourceEvent, bool> predicate, string what)
    {
        using var limit = new CancellationTokenSource(Patience);
        ResourceEvent? last = null;
        try
        {
            return await App.ResourceNotifications.WaitForResourceAsync(resource, e => predicate(last = e), limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            var seen = last is null ? "no state" : $"{last.Snapshot.State?.Text} ({last.Snapshot.HealthStatus?.ToString() ?? "no health"}, {Restarts(last)} restarts)";
            var checks = last is null ? "none" : string.Join("; ", last.Snapshot.HealthReports.Select(Describe));
            throw new TimeoutException(
                $"{resource}: waited {Patience} for {what}; last seen {seen}. Aspire's health checks: {checks}. " +
                $"Its /health asked through the AppHost's endpoint: {await ProbeHealthAsync(resource)}; at the addresses it last said it listens on: {await ProbeListeningAddressesAsync(resource)}. " +
                $"Its console:\n{string.Join('\n', ConsoleLog(resource).TakeLast(30))}");
        }
    }

    private static string Describe(HealthReportSnapshot check) =>
        $"{check.Name} {check.Status?.ToString() ?? "not run"} at {check.LastRunAt:HH:mm:ss.fff} ({check.Description ?? check.ExceptionText?.Split('\n')[0] ?? "no detail"})";

    /// <summary>What a service's own readiness endpoint answers now, past Aspire's view of it.</summary>
    private async Task<string> ProbeHealthAsync(string resource) =>
        Services.Contains(resource) ? await ProbeAsync(new Uri(HttpAddress(resource), "/health")) : "not a service";

    /// <summary>
    /// The same, asked of the process itself rather than through the orchestrator's proxy: when
    /// the two answers differ, the proxy is at fault, not the service.
    /// </summary>
    private async Task<string> ProbeListeningAddressesAsync(string resource)
    {
        const string Listening = "Now listening on: ";
        var addresses = ConsoleLog(resource)
            .Select(line => line.IndexOf(Listening, StringComparison.Ordinal) is var at and >= 0 ? line[(at + Listening.Length)..].Trim() : null)
            .OfType<string>()
            .TakeLast(2)
            .ToList();
        if (addresses.Count == 0)
        {
            return "none seen";
        }
        var answers = await Task.WhenAll(addresses.Select(async address => $"{address} {await ProbeAsync(new Uri(new Uri(address), "/health"))}"));
        return string.Join("; ", answers);
    }

    private static async Task<string> ProbeAsync(Uri address)
    {
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            using var response = await client.GetAsync(address);
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
        catch (Exception failed) when (failed is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return $"{failed.GetType().Name}: {failed.Message}";
        }
    }

    /// <summary>
    /// Kills a service's own process outright (kill -9) and waits until the AppHost has started it
    /// again and it is healthy: what a crash looks like, and how the system comes back.
    /// </summary>
    public async Task KillAndAwaitRestartAsync(string service)
    {
        var running = await WaitForAsync(service, IsRunningAndHealthy, "running and healthy");
        var restarts = Restarts(running);
        Process.GetProcessById(ServiceProcessId(running)).Kill();
        await WaitForAsync(service, e => e.Snapshot.State?.Text is "Finished" or "Exited", "its exit");
        await WaitForAsync(service, e => IsRunningAndHealthy(e) && Restarts(e) > restarts, "the AppHost to start it again");
    }

    /// <summary>Stops the broker with Aspire's stop command, keeps it down for <paramref name="downFor"/>, and starts it again.</summary>
    public async Task StopAndStartBrokerAsync(TimeSpan downFor)
    {
        var broker = await WaitForAsync("messaging", e => e.Snapshot.State?.Text == KnownResourceStates.Running, "running");
        var stop = await App.ResourceCommands.ExecuteCommandAsync(broker.ResourceId, KnownResourceCommands.StopCommand);
        Assert.True(stop.Success, stop.Message);
        await WaitForAsync("messaging", e => e.Snapshot.State?.Text is "Finished" or "Exited", "the broker stopped");
        await Task.Delay(downFor);
        var start = await App.ResourceCommands.ExecuteCommandAsync(broker.ResourceId, KnownResourceCommands.StartCommand);
        Assert.True(start.Success, start.Message);
        await WaitUntilHealthyAsync(["messaging"]);
    }

    public static bool IsRunningAndHealthy(ResourceEvent resource) =>
        resource.Snapshot.State?.Text == KnownResourceStates.Running && resource.Snapshot.HealthStatus == HealthStatus.Healthy;

    /// <summary>How many times the AppHost started the resource again after a crash.</summary>
    public static int Restarts(ResourceEvent resource) =>
        resource.Snapshot.Properties.FirstOrDefault(p => p.Name == "telehealth.restarts")?.Value is { } value ? Convert.ToInt32(value) : 0;

    /// <summary>The service's own process: Aspire starts it under a `dotnet run` of its own.</summary>
    public static int ServiceProcessId(ResourceEvent resource)
    {
        var launcher = Convert.ToInt32(resource.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value);
        var name = $"Telehealth.{char.ToUpperInvariant(resource.Resource.Name[0])}{resource.Resource.Name[1..]}";
        return ProcessTree.Descendants(launcher).Append(launcher)
            .Single(pid => ProcessTree.CommandLine(pid).Split(' ').Any(part => part.EndsWith(name) || part.EndsWith(name + ".dll")));
    }

    public async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await DeleteStateDirectoryAsync();
        _stopping.Dispose();
    }

    /// <summary>
    /// Deletes the state folder once nothing writes to it any more. The broker's node and a
    /// service's last checkpoint can still be closing files for a moment after the AppHost has
    /// stopped, and a file created during the delete makes it fail with "directory not empty".
    /// </summary>
    private async Task DeleteStateDirectoryAsync()
    {
        var limit = TimeSpan.FromSeconds(60);
        var until = DateTime.UtcNow + limit;
        while (Directory.Exists(StateDirectory))
        {
            try
            {
                Directory.Delete(StateDirectory, recursive: true);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(250);
            }
            catch (IOException failed)
            {
                var left = Directory.Exists(StateDirectory)
                    ? string.Join(", ", Directory.EnumerateFileSystemEntries(StateDirectory, "*", SearchOption.AllDirectories).Take(20))
                    : "nothing";
                throw new IOException($"The state folder {StateDirectory} could not be deleted within {limit.TotalSeconds} s of the AppHost stopping; left: {left}", failed);
            }
        }
    }

    private async Task DiscoveryFileAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!File.Exists(DiscoveryFile))
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The AppHost did not write {DiscoveryFile} once the services were healthy.");
        }
    }

    private async Task KeepConsoleAsync(ResourceLoggerService loggers, IResource resource)
    {
        var lines = _consoles.GetOrAdd(resource.Name, _ => new ConcurrentQueue<string>());
        try
        {
            await foreach (var batch in loggers.WatchAsync(resource).WithCancellation(_stopping.Token))
            {
                foreach (var line in batch)
                {
                    lines.Enqueue(line.Content);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
