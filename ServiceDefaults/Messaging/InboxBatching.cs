using MassTransit;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>How an <see cref="InboxBatchConsumer{TMessage,TContext}"/> gathers its batches.</summary>
public static class InboxBatching
{
    /// <summary>
    /// Up to 50 messages a batch, waiting at most 50 ms after the first for the rest, so a lone
    /// message is barely held back; a batch holds the service's write turn while it is handled, and
    /// 50 keeps that to tens of milliseconds, short enough for an urgent alert to get in behind it.
    /// Two batches at a time, so the next gathers while the one before commits (MassTransit sets the
    /// endpoint's prefetch to hold both).
    /// </summary>
    public static void ForBursts(BatchOptions options) =>
        options.SetMessageLimit(50).SetTimeLimit(TimeSpan.FromMilliseconds(50)).SetConcurrencyLimit(2);
}
