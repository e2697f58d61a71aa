namespace Telehealth.Notification.Delivery;

/// <summary>Wakes a channel's delivery loop as soon as new work commits, instead of at its next poll.</summary>
public sealed class DeliverySignal
{
    private readonly Dictionary<Channel, SemaphoreSlim> _bells = new()
    {
        [Channel.Email] = new SemaphoreSlim(0, 1),
        [Channel.Webhook] = new SemaphoreSlim(0, 1),
    };

    public void Notify(Channel channel)
    {
        if (!_bells.TryGetValue(channel, out var bell))
        {
            return;
        }
        try
        {
            bell.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task<bool> WaitAsync(Channel channel, TimeSpan timeout, CancellationToken cancellationToken) =>
        _bells[channel].WaitAsync(timeout, cancellationToken);
}
