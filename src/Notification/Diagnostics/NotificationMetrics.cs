using System.Diagnostics.Metrics;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Diagnostics;

/// <summary>The service's own instruments; labels carry channels, kinds and priorities, never people.</summary>
public sealed class NotificationMetrics
{
    public const string MeterName = "Telehealth.Notification";

    private readonly Counter<long> _created;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _digested;
    private readonly Counter<long> _escalated;

    public NotificationMetrics(IMeterFactory meters, InAppBroadcaster inbox)
    {
        var meter = meters.Create(MeterName);
        _created = meter.CreateCounter<long>("telehealth.notification.created", "{notification}", "Notifications put in inboxes.");
        _sent = meter.CreateCounter<long>("telehealth.notification.sent", "{delivery}", "Deliveries sent by email or webhook.");
        _failed = meter.CreateCounter<long>("telehealth.notification.failed", "{delivery}", "Deliveries that failed for good.");
        _retried = meter.CreateCounter<long>("telehealth.notification.retried", "{delivery}", "Failed attempts that will be tried again.");
        _digested = meter.CreateCounter<long>("telehealth.notification.digested", "{delivery}", "Deliveries folded into a digest by the rate limit.");
        _escalated = meter.CreateCounter<long>("telehealth.notification.escalated", "{notification}", "Urgent notifications sent on to the on-call address.");
        meter.CreateObservableGauge("telehealth.notification.streams", () => inbox.Connected, "{stream}", "Subscribe streams connected now.");
    }

    public void Created(NotificationKind kind, Priority priority) =>
        _created.Add(1, new("kind", kind.ToString()), new("priority", priority.ToString()));

    public void Sent(Channel channel, DeliveryPurpose purpose) =>
        _sent.Add(1, new("channel", ChannelNames.Of(channel)), new("purpose", purpose.ToString()));

    public void Failed(Channel channel, DeliveryPurpose purpose) =>
        _failed.Add(1, new("channel", ChannelNames.Of(channel)), new("purpose", purpose.ToString()));

    public void Retried(Channel channel) => _retried.Add(1, new KeyValuePair<string, object?>("channel", ChannelNames.Of(channel)));

    public void Digested(Channel channel) => _digested.Add(1, new KeyValuePair<string, object?>("channel", ChannelNames.Of(channel)));

    public void Escalated() => _escalated.Add(1);
}
