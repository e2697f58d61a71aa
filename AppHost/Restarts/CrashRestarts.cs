using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Telehealth.AppHost.Restarts;

/// <summary>
/// Watches the resources marked <see cref="RestartOnCrashAnnotation"/>. One that goes from running
/// to an exit without passing through Stopping (which is how an operator's Stop or the AppHost's
/// shutdown looks) crashed: it is started again through Aspire's own start command, after a
/// backoff, so the dashboard shows the exit, the restart and the count.
/// </summary>
internal sealed class CrashRestarts(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>The restart count as the dashboard shows it among the resource's properties.</summary>
    public const string RestartsProperty = "telehealth.restarts";

    /// <summary>Crashes in a row, each before the resource ran for <see cref="RestartBackoff.StableAfter"/>, before giving up.</summary>
    public const int MaxRecentRestarts = 10;

    private static readonly string[] Exits = [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart];

    private readonly Dictionary<string, RestartRecord> _records = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in notifications.WatchAsync(stoppingToken))
        {
            if (!change.Resource.HasAnnotationOfType<RestartOnCrashAnnotation>())
            {
                continue;
            }
            var record = _records.TryGetValue(change.ResourceId, out var known) ? known : _records[change.ResourceId] = new RestartRecord();
            var state = change.Snapshot.State?.Text;
            var previous = record.LastState;
            record.LastState = state;
            if (state == KnownResourceStates.Running && previous != KnownResourceStates.Running)
            {
                record.RunningSince = DateTimeOffset.UtcNow;
            }
            if (state is null || !Exits.Contains(state) || previous is null || Exits.Contains(previous) || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                continue;
            }
            if (previous == KnownResourceStates.Stopping)
            {
                logs.GetLogger(change.ResourceId).LogInformation("Stopped on request; it stays stopped until someone starts it.");
                continue;
            }
            _ = RestartAsync(change, record, stoppingToken);
        }
    }

    private async Task RestartAsync(ResourceEvent crash, RestartRecord record, CancellationToken stoppingToken)
    {
        var logger = logs.GetLogger(crash.ResourceId);
        var ranFor = DateTimeOffset.UtcNow - record.RunningSince;
        record.Recent = ranFor >= RestartBackoff.StableAfter ? 0 : record.Recent;
        if (record.Recent >= MaxRecentRestarts)
        {
            logger.LogError("Exited with code {ExitCode} after {Restarts} restarts in a row; not restarting it again. Start it from the dashboard once the cause is fixed.", crash.Snapshot.ExitCode, record.Recent);
            return;
        }
        var backoff = RestartBackoff.After(record.Recent);
        logger.LogWarning("Exited with code {ExitCode} while nobody had stopped it; starting it again in {Seconds} s.", crash.Snapshot.ExitCode, backoff.TotalSeconds);
        try
        {
            await Task.Delay(backoff, stoppingToken);
            if (record.LastState is not { } current || !Exits.Contains(current) || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Someone started it meanwhile, or the application is stopping.
                return;
            }
            record.Recent++;
            record.Total++;
            var result = await commands.ExecuteCommandAsync(crash.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                logger.LogError("Could not start it again: {Reason}", result.Message);
                return;
            }
            await notifications.PublishUpdateAsync(crash.Resource, crash.ResourceId, snapshot => snapshot with
            {
                Properties = [.. snapshot.Properties.Where(p => p.Name != RestartsProperty), new ResourcePropertySnapshot(RestartsProperty, record.Total)],
            });
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed class RestartRecord
    {
        public string? LastState { get; set; }

        public DateTimeOffset RunningSince { get; set; } = DateTimeOffset.UtcNow;

        public int Recent { get; set; }

        public int Total { get; set; }
    }
}
