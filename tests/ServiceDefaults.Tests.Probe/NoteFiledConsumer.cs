using MassTransit;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.ServiceDefaults.Tests.Probe;

public sealed class NoteFiledConsumer(ProbeDbContext db, TimeProvider clock, HandlerCount count, BatchSizes sizes)
    : InboxBatchConsumer<NoteFiled, ProbeDbContext>(db, clock), IConsumer<Batch<NoteFiled>>
{
    public new Task Consume(ConsumeContext<Batch<NoteFiled>> context)
    {
        sizes.Values.Enqueue(context.Message.Length);
        return base.Consume(context);
    }

    protected override Task HandleAsync(NoteFiled message, ConsumeContext<NoteFiled> context)
    {
        Interlocked.Increment(ref count.Value);
        Db.Received.Add(new ReceivedNote { Id = Guid.NewGuid(), NoteId = message.NoteId });
        return Task.CompletedTask;
    }
}
