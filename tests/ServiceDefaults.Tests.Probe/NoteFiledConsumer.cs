using MassTransit;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.ServiceDefaults.Tests.Probe;

public sealed class NoteFiledConsumer(ProbeDbContext db, TimeProvider clock, HandlerCount count, BatchSizes sizes)
    : InboxBatchConsumer<NoteFiled, ProbeDbContext>(db, clock)
{
    protected override Task HandleAsync(IReadOnlyList<ConsumeContext<NoteFiled>> messages, CancellationToken cancellationToken)
    {
        sizes.Values.Enqueue(messages.Count);
        foreach (var message in messages)
        {
            Interlocked.Increment(ref count.Value);
            Db.Received.Add(new ReceivedNote { Id = Guid.NewGuid(), NoteId = message.Message.NoteId });
        }
        return Task.CompletedTask;
    }
}
