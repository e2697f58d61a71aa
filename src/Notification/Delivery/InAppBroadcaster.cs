using System.Collections.Concurrent;

namespace Telehealth.Notification.Delivery;

/// <summary>
/// The in-app channel's live half: each connected Subscribe stream registers here and is woken
/// when its recipient's notifications commit. A wake-up carries no data; the stream reads what
/// is new from the database, so a missed or merged wake-up can never lose or repeat anything.
/// </summary>
public sealed class InAppBroadcaster
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<InAppSubscription, byte>> _streams = new();

    /// <summary>Streams connected now, across recipients.</summary>
    public int Connected => _streams.Values.Sum(s => s.Count);

    public InAppSubscription Subscribe(Guid recipientId)
    {
        var subscription = new InAppSubscription(recipientId, this);
        _streams.GetOrAdd(recipientId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Notify(Guid recipientId)
    {
        if (_streams.TryGetValue(recipientId, out var streams))
        {
            foreach (var stream in streams.Keys)
            {
                stream.Wake();
            }
        }
    }

    internal void Remove(InAppSubscription subscription)
    {
        if (_streams.TryGetValue(subscription.RecipientId, out var streams))
        {
            streams.TryRemove(subscription, out _);
            if (streams.IsEmpty)
            {
                _streams.TryRemove(new KeyValuePair<Guid, ConcurrentDictionary<InAppSubscription, byte>>(subscription.RecipientId, streams));
            }
        }
    }
}
