using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Diagnostics;
using Telehealth.Notification.Policies;
using Telehealth.Notification.Recipients;

namespace Telehealth.Notification.Delivery;

/// <summary>
/// Sends what is due, from the database, one loop per outward channel (a slow gateway does not
/// hold up email). Each attempt is recorded before the send, so after a crash the worker knows
/// which sends were in flight: it marks them interrupted and sends them again, with the same
/// delivery id for the receiver to drop a copy. Failures are retried with exponential backoff,
/// then marked failed and announced as NotificationFailed.
/// </summary>
public sealed class DeliveryWorker(
    IServiceScopeFactory scopes,
    DeliverySignal signal,
    TimeProvider clock,
    IOptions<DeliveryWorkerOptions> options,
    IOptions<RetryOptions> retry,
    NotificationMetrics metrics,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private static readonly Channel[] OutwardChannels = [Channel.Email, Channel.Webhook];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RetryUntilDoneAsync(RecoverInterruptedAsync, stoppingToken);
        await Task.WhenAll(OutwardChannels.Select(channel => RunAsync(channel, stoppingToken)));
    }

    /// <summary>Attempts that were in flight when the service last stopped are marked interrupted and made due again.</summary>
    public async Task RecoverInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var now = clock.GetUtcNow();
        var inFlight = await db.Deliveries.Include(d => d.AttemptLog).Where(d => d.State == DeliveryState.Sending).ToListAsync(cancellationToken);
        foreach (var delivery in inFlight)
        {
            delivery.Interrupt(delivery.AttemptLog.FirstOrDefault(a => a.Outcome == AttemptOutcome.InProgress), now);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (inFlight.Count > 0)
        {
            logger.LogWarning("{Count} deliveries were in flight when the service stopped; sending them again", inFlight.Count);
        }
    }

    /// <summary>Sends one batch of due deliveries on <paramref name="channel"/>, urgent first; returns how many were due.</summary>
    public async Task<int> RunOnceAsync(Channel channel, CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow();
            due = await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().Deliveries
                .Where(d => d.Channel == channel && (d.State == DeliveryState.Pending || d.State == DeliveryState.Held) && d.NextAttemptAt <= now)
                .OrderBy(d => d.Priority == Priority.Urgent ? 0 : 1)
                .ThenBy(d => d.NextAttemptAt)
                .Take(options.Value.BatchSize)
                .Select(d => d.Id)
                .ToListAsync(cancellationToken);
        }
        foreach (var deliveryId in due)
        {
            await AttemptAsync(deliveryId, channel, cancellationToken);
        }
        return due.Count;
    }

    private async Task RunAsync(Channel channel, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(channel, stoppingToken) < options.Value.BatchSize)
                {
                    await signal.WaitAsync(channel, options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Delivering {Channel} failed ({ExceptionType}); retrying shortly", channel, exception.GetType().Name);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    // Each attempt has its own unit of work, so a conflict on one delivery leaves the others alone.
    private async Task AttemptAsync(Guid deliveryId, Channel channel, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var sender = scope.ServiceProvider.GetServices<IDeliveryChannel>().First(c => c.Channel == channel);
        var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is null || !delivery.IsOpen)
        {
            return;
        }
        var attempt = delivery.BeginAttempt(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed meanwhile (a digest grew, a read cancelled it): the next round sees it as it is now.
            return;
        }

        SendResult result;
        try
        {
            result = await sender.SendAsync(OutgoingMessage.For(delivery), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            delivery.Interrupt(attempt, clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            // A channel's own fault (a malformed address that slipped through) must not leave the delivery in flight.
            result = SendResult.Transient(exception.GetType().Name);
        }

        var finished = clock.GetUtcNow();
        if (result.Succeeded)
        {
            delivery.Succeed(attempt, finished);
            metrics.Sent(delivery.Channel, delivery.Purpose);
        }
        else
        {
            delivery.Fail(attempt, result.Permanent, result.Error ?? "failed", await RetryAtAsync(db, delivery, result, finished, cancellationToken), finished);
            if (delivery.State == DeliveryState.Failed)
            {
                metrics.Failed(delivery.Channel, delivery.Purpose);
                logger.LogWarning("Delivery {DeliveryId} on {Channel} failed for good after {Attempts} attempts: {Error}", delivery.Id, delivery.Channel, delivery.Attempts, delivery.LastError);
            }
            else
            {
                metrics.Retried(delivery.Channel);
            }
        }
        await DeliveryOutcomes.PublishAsync(db, delivery, finished, CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<DateTimeOffset?> RetryAtAsync(NotificationDbContext db, NotificationDelivery delivery, SendResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (result.Permanent)
        {
            return null;
        }
        var decision = RetryBackoff.Next(delivery.Attempts, now, retry.Value, Random.Shared.NextDouble());
        if (decision.RetryAt is not { } retryAt || delivery.Priority == Priority.Urgent)
        {
            return decision.RetryAt;
        }
        // A retry that is not urgent waits out quiet hours like a first try.
        var recipient = await db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == delivery.RecipientId, cancellationToken);
        var preferences = recipient?.Preferences() ?? RecipientPreferences.Default;
        return QuietHoursPolicy.NextAllowed(retryAt, preferences.Zone, preferences.Quiet);
    }

    private async Task RetryUntilDoneAsync(Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Recovering interrupted deliveries failed ({ExceptionType}); retrying", exception.GetType().Name);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
