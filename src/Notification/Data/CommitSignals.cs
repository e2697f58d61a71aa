using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Data;

/// <summary>Wakes the inbox streams of recipients with new notifications, and the delivery loops of channels with new work, after a commit.</summary>
public sealed class CommitSignals
{
    private readonly InAppBroadcaster _inbox;
    private readonly DeliverySignal _deliveries;

    public CommitSignals(InAppBroadcaster inbox, DeliverySignal deliveries)
    {
        _inbox = inbox;
        _deliveries = deliveries;
        SaveInterceptor = new NotificationSaveInterceptor(this);
        TransactionInterceptor = new NotificationTransactionInterceptor(this);
    }

    public NotificationSaveInterceptor SaveInterceptor { get; }

    public NotificationTransactionInterceptor TransactionInterceptor { get; }

    internal void Announce(PendingSignals pending)
    {
        if (!pending.Any)
        {
            return;
        }
        foreach (var recipient in pending.Recipients)
        {
            _inbox.Notify(recipient);
        }
        foreach (var channel in pending.Channels)
        {
            _deliveries.Notify(channel);
        }
        pending.Clear();
    }
}
