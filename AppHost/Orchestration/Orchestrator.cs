using Telehealth.AppHost.Dashboard.Resources;
using Telehealth.AppHost.Model;

namespace Telehealth.AppHost.Orchestration;

/// <summary>
/// Starts resources in dependency order, each once what it needs is healthy; keeps their health
/// up to date; restarts a crashed one with backoff; stops everything in reverse order.
/// </summary>
public sealed class Orchestrator(IReadOnlyList<Resource> resources) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource _shutdown = new();
    private Task? _healthLoop;

    public IReadOnlyList<Resource> Resources => resources;

    public Resource Find(string name) =>
        resources.FirstOrDefault(r => r.Name == name) ?? throw new KeyNotFoundException($"No resource named '{name}'.");

    public async Task StartAllAsync(CancellationToken cancellationToken)
    {
        _healthLoop ??= WatchHealthAsync(_shutdown.Token);
        foreach (var resource in StartOrder.Of(resources))
        {
            await WaitForDependenciesAsync(resource, cancellationToken);
            await StartAsync(resource, cancellationToken);
        }
    }

    public async Task StartAsync(Resource resource, CancellationToken cancellationToken)
    {
        resource.StoppedOnPurpose = false;
        resource.State = ResourceState.Starting;
        var generation = ++resource.Generation;
        try
        {
            await resource.StartAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            resource.State = ResourceState.FailedToStart;
            resource.Log.Write($"failed to start: {exception.Message}", isError: true);
            throw;
        }
        _ = SuperviseAsync(resource, generation);
        await WaitUntilHealthyAsync(resource, cancellationToken);
    }

    public async Task StopAsync(Resource resource, CancellationToken cancellationToken)
    {
        resource.StoppedOnPurpose = true;
        resource.State = ResourceState.Stopping;
        await resource.StopAsync(cancellationToken);
        resource.State = ResourceState.Stopped;
        resource.Health = "stopped";
    }

    public async Task RestartAsync(Resource resource, CancellationToken cancellationToken)
    {
        await StopAsync(resource, cancellationToken);
        resource.Restarts++;
        await StartAsync(resource, cancellationToken);
    }

    /// <summary>Stops services first, then what they depend on.</summary>
    public async Task StopAllAsync(CancellationToken cancellationToken)
    {
        await _shutdown.CancelAsync();
        foreach (var resource in StartOrder.Of(resources).Reverse())
        {
            if (resource.State is not (ResourceState.NotStarted or ResourceState.Stopped or ResourceState.FailedToStart))
            {
                await StopAsync(resource, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAllAsync(CancellationToken.None);
        if (_healthLoop is not null)
        {
            await _healthLoop;
        }
        _shutdown.Dispose();
    }

    private async Task SuperviseAsync(Resource resource, int generation)
    {
        await resource.WhenExited;
        if (resource.StoppedOnPurpose || _shutdown.IsCancellationRequested || resource.Generation != generation)
        {
            return;
        }
        resource.State = ResourceState.Exited;
        resource.Health = "exited";
        var backoff = RestartBackoff.After(resource.Restarts, resource.StartedAt);
        resource.Log.Write($"exited unexpectedly (code {resource.ExitCode}); restarting in {backoff.TotalSeconds:0.#} s", isError: true);
        try
        {
            await Task.Delay(backoff, _shutdown.Token);
            resource.State = ResourceState.Restarting;
            resource.Restarts++;
            await StartAsync(resource, _shutdown.Token);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception)
        {
            resource.Log.Write($"restart failed: {exception.Message}", isError: true);
            _ = SuperviseAsync(resource, resource.Generation);
        }
    }

    private async Task WaitForDependenciesAsync(Resource resource, CancellationToken cancellationToken)
    {
        foreach (var dependency in resource.Dependencies)
        {
            await WaitUntilHealthyAsync(dependency, cancellationToken);
        }
    }

    private static async Task WaitUntilHealthyAsync(Resource resource, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await resource.IsHealthyAsync(cancellationToken))
        {
            if (DateTime.UtcNow > deadline || resource.State is ResourceState.Exited or ResourceState.FailedToStart)
            {
                resource.State = ResourceState.Unhealthy;
                throw new TimeoutException($"{resource.Name} did not become healthy.");
            }
            await Task.Delay(250, cancellationToken);
        }
        resource.State = ResourceState.Running;
        resource.Health = "healthy";
    }

    private async Task WatchHealthAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(HealthInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var resource in resources.Where(r => r.State is ResourceState.Running or ResourceState.Unhealthy))
                {
                    var healthy = await resource.IsHealthyAsync(cancellationToken);
                    if (resource.State is ResourceState.Running or ResourceState.Unhealthy)
                    {
                        resource.State = healthy ? ResourceState.Running : ResourceState.Unhealthy;
                        resource.Health = healthy ? "healthy" : "unhealthy";
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
