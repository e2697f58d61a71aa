using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Diagnostics;
using Telehealth.Notification.Policies;
using Telehealth.Notification.Recipients;

namespace Telehealth.Notification.Delivery;

/// <summary>
/// Decides how a new notification leaves the service beyond the inbox: which channels, when
/// (now for urgent news, after quiet hours otherwise), and whether on its own or in a digest.
/// Writes the deliveries; the delivery worker sends them.
/// </summary>
public sealed class DeliveryPlanner(NotificationDbContext db, IOptions<RateLimitOptions> rateLimits, NotificationMetrics metrics)
{
    public async Task PlanAsync(StoredNotification notification, ComposedNotification composed, RecipientPreferences preferences, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var channel in ChannelPlan.For(composed.Priority, preferences))
        {
            if (composed.Priority == Priority.Urgent)
            {
                db.Deliveries.Add(NotificationDelivery.Outward(notification, composed.Audience, channel, composed.Public, DeliveryPurpose.Direct, now, now));
                continue;
            }
            var dueAt = QuietHoursPolicy.NextAllowed(now, preferences.Zone, preferences.Quiet);
            var window = RateLimiter.WindowOf(dueAt, rateLimits.Value);
            var alreadyDue = await CountDueAsync(notification.RecipientId, channel.Channel, window, cancellationToken);
            var decision = RateLimiter.Decide(dueAt, alreadyDue, rateLimits.Value);
            var delivery = NotificationDelivery.Outward(notification, composed.Audience, channel, composed.Public, DeliveryPurpose.Direct, dueAt, now);
            db.Deliveries.Add(delivery);
            if (decision.FoldIntoDigest)
            {
                var digestDue = QuietHoursPolicy.NextAllowed(decision.DueAt, preferences.Zone, preferences.Quiet);
                delivery.FoldInto(await OpenDigestAsync(notification.RecipientId, composed.Audience, channel, digestDue, now, cancellationToken));
                metrics.Digested(channel.Channel);
            }
        }
    }

    private Task<int> CountDueAsync(Guid recipientId, Channel channel, RateWindow window, CancellationToken cancellationToken) =>
        db.Deliveries.CountAsync(
            d => d.RecipientId == recipientId && d.Channel == channel && d.Purpose == DeliveryPurpose.Direct
                && d.Priority != Priority.Urgent && d.State != DeliveryState.Digested && d.State != DeliveryState.Cancelled
                && d.DueAt >= window.Start && d.DueAt < window.End,
            cancellationToken);

    // One digest per recipient and channel collects everything until it goes.
    private async Task<NotificationDelivery> OpenDigestAsync(Guid recipientId, Audience audience, OutwardChannel channel, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Deliveries.FirstOrDefaultAsync(
            d => d.RecipientId == recipientId && d.Channel == channel.Channel && d.Purpose == DeliveryPurpose.Digest
                && (d.State == DeliveryState.Pending || d.State == DeliveryState.Held),
            cancellationToken);
        if (open is not null)
        {
            return open;
        }
        var digest = NotificationDelivery.Digest(recipientId, audience, channel, dueAt, now);
        db.Deliveries.Add(digest);
        return digest;
    }
}
