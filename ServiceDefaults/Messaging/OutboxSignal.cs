namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>Wakes the dispatcher as soon as new events are committed, instead of at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: one wake-up serves every commit before it.
            }
        }
    }

    internal void NotifyIfPending(Persistence.ServiceDbContext db)
    {
        if (db.OutboxPending)
        {
            db.OutboxPending = false;
            Notify();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
