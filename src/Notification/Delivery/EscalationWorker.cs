using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Diagnostics;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Delivery;

/// <summary>
/// Urgent notifications nobody acknowledged within the escalation delay go to the on-call
/// address (email, and webhook if configured), once. Due times live in the database, so an
/// escalation owed while the service was down goes out when it starts.
/// </summary>
public sealed class EscalationWorker(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<EscalationOptions> options,
    NotificationMetrics metrics,
    ILogger<EscalationWorker> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Escalating unacknowledged notifications failed ({ExceptionType}); retrying", exception.GetType().Name);
            }
            await Task.Delay(options.Value.CheckInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Escalates every notification past its delay; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Notifications
            .Where(n => n.EscalateAt != null && n.EscalateAt <= now && n.AcknowledgedAt == null && n.EscalatedAt == null)
            .OrderBy(n => n.EscalateAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var escalated = 0;
        foreach (var notification in due.Where(n => EscalationPolicy.IsDue(n.EscalateAt, n.AcknowledgedAt, n.EscalatedAt, now)))
        {
            notification.EscalatedAt = now;
            var text = PublicText.Escalation(notification.Id, now - notification.CreatedAt);
            foreach (var onCall in OnCall())
            {
                db.Deliveries.Add(NotificationDelivery.Outward(notification, Audience.Therapist, onCall, text, DeliveryPurpose.Escalation, now, now));
            }
            metrics.Escalated();
            escalated++;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (escalated > 0)
        {
            logger.LogWarning("{Count} urgent notifications were not acknowledged in time and went to the on-call address", escalated);
        }
        return escalated;
    }

    private IEnumerable<OutwardChannel> OnCall()
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.OnCallEmail))
        {
            yield return new OutwardChannel(Channel.Email, settings.OnCallEmail);
        }
        if (!string.IsNullOrWhiteSpace(settings.OnCallWebhookUrl))
        {
            yield return new OutwardChannel(Channel.Webhook, settings.OnCallWebhookUrl);
        }
    }
}
