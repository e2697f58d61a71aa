using Microsoft.Extensions.Options;

namespace Telehealth.Scheduling.Timers;

/// <summary>
/// Fires due timers in the background: at start-up everything overdue from downtime (late, with the
/// lateness kept), then each timer as it comes due, looking again at least every poll interval.
/// Time comes from the TimeProvider, so tests can move it.
/// </summary>
public sealed class TimerDispatcher(
    IServiceProvider services,
    TimeProvider clock,
    IOptions<SchedulingOptions> options,
    ILogger<TimerDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = options.Value.TimerPollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var firing = scope.ServiceProvider.GetRequiredService<TimerFiring>();
                var fired = await firing.FireDueAsync(clock.GetUtcNow(), stoppingToken);
                backoff = options.Value.TimerPollInterval;
                if (fired >= options.Value.TimerBatchSize)
                {
                    continue;
                }
                await Task.Delay(await WaitAsync(firing, stoppingToken), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Firing timers failed ({ExceptionType}); retrying in {Backoff}", exception.GetType().Name, backoff);
                await Task.Delay(backoff, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Until the next timer is due, but no longer than the poll interval (re-plans add timers meanwhile).</summary>
    private async Task<TimeSpan> WaitAsync(TimerFiring firing, CancellationToken cancellationToken)
    {
        var poll = options.Value.TimerPollInterval;
        if (await firing.NextDueAsync(cancellationToken) is not { } next)
        {
            return poll;
        }
        var untilDue = next - clock.GetUtcNow();
        return untilDue <= TimeSpan.Zero ? TimeSpan.Zero : untilDue < poll ? untilDue : poll;
    }
}
