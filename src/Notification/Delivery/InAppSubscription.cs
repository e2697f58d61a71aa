namespace Telehealth.Notification.Delivery;

/// <summary>One connected stream's doorbell: rung when the recipient has something new.</summary>
public sealed class InAppSubscription : IDisposable
{
    private readonly SemaphoreSlim _bell = new(0, 1);
    private readonly InAppBroadcaster _owner;

    internal InAppSubscription(Guid recipientId, InAppBroadcaster owner)
    {
        RecipientId = recipientId;
        _owner = owner;
    }

    public Guid RecipientId { get; }

    /// <summary>True if rung, false after the timeout.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _bell.WaitAsync(timeout, cancellationToken);

    internal void Wake()
    {
        try
        {
            _bell.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung: one wake-up serves every commit before it.
        }
    }

    // The semaphore is not disposed: a commit may still ring it while the stream leaves, and
    // without a wait handle it holds nothing to release.
    public void Dispose() => _owner.Remove(this);
}
