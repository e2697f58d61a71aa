using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telehealth.AppHost.Dashboard.Resources;

namespace Telehealth.AppHost.Dashboard.Api;

/// <summary>
/// Runs an operator's start, stop or restart. A restart can take longer than a click should wait, so after a
/// short wait the answer is 202 and the action goes on until the dashboard stops; its failure is then logged.
/// </summary>
internal sealed class ResourceActions(IResourceCatalog catalog, IHostApplicationLifetime lifetime, ILogger<ResourceActions> logger)
{
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(300);

    public async Task<IResult> RunAsync(string name, string action, Func<IResourceCatalog, CancellationToken, Task> run)
    {
        if (!catalog.Resources().Any(resource => resource.Name == name))
        {
            return Results.NotFound(new { error = $"no resource named '{name}'" });
        }
        Task task;
        try
        {
            task = run(catalog, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Refused(name, e);
        }
        if (await Task.WhenAny(task, Task.Delay(Wait)) != task)
        {
            return Accepted(name, action, task);
        }
        try
        {
            await task;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Refused(name, e);
        }
        return Results.Ok(Snapshot(name));
    }

    /// <summary>The catalog's refusal ("already running", "failed to start") is what the operator needs to read.</summary>
    private IResult Refused(string name, Exception e) =>
        Results.Conflict(new { error = e.Message, resource = Snapshot(name) });

    private IResult Accepted(string name, string action, Task task)
    {
        _ = task.ContinueWith(
            failed => logger.LogWarning(failed.Exception, "{Action} of {Resource} failed", action, name),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
        return Results.Accepted(value: Snapshot(name));
    }

    private ResourceSnapshot? Snapshot(string name) =>
        catalog.Resources().FirstOrDefault(resource => resource.Name == name);
}
