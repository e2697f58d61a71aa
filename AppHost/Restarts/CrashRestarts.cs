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
            string? previous;
            lock (record)
            {
                previous = record.LastState;
                record.LastState = state;
                if (state == KnownResourceStates.Running && previous != KnownResourceStates.Running)
                {
                    record.RunningSince = DateTimeOffset.UtcNow;
                }
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
        lock (record)
        {
            record.Recent = DateTimeOffset.UtcNow - record.RunningSince >= RestartBackoff.StableAfter ? 0 : record.Recent;
        }
        logger.LogWarning("Exited with code {ExitCode} while nobody had stopped it.", crash.Snapshot.ExitCode);
        try
        {
            // A start can be refused while the runtime is still tearing the old process down; that
            // is retried on the same backoff rather than leaving the resource down for good.
            while (await WaitForTurnAsync(record, logger, stoppingToken) is { } total)
            {
                var result = await commands.ExecuteCommandAsync(crash.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
                if (result.Success)
                {
                    await notifications.PublishUpdateAsync(crash.Resource, crash.ResourceId, snapshot => snapshot with
                    {
                        Properties = [.. snapshot.Properties.Where(p => p.Name != RestartsProperty), new ResourcePropertySnapshot(RestartsProperty, total)],
                    });
                    return;
                }
                logger.LogWarning("Could not start it again: {Reason}", result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Waits out the backoff and counts the attempt; null when it should not be started again:
    /// too many attempts in a row, someone started it meanwhile, or the application is stopping.
    /// </summary>
    private async Task<int?> WaitForTurnAsync(RestartRecord record, ILogger logger, CancellationToken stoppingToken)
    {
        int recent;
        lock (record)
        {
            recent = record.Recent;
        }
        if (recent >= MaxRecentRestarts)
        {
            logger.LogError("Not starting it again after {Restarts} attempts in a row. Start it from the dashboard once the cause is fixed.", recent);
            return null;
        }
        var backoff = RestartBackoff.After(recent);
        logger.LogWarning("Starting it again in {Seconds} s.", backoff.TotalSeconds);
        await Task.Delay(backoff, stoppingToken);
        lock (record)
        {
            if (record.LastState is not { } current || !Exits.Contains(current) || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return null;
            }
            record.Recent++;
            record.Total++;
            return record.Total;
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
