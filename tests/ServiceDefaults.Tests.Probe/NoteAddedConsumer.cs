using MassTransit;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.ServiceDefaults.Tests.Probe;

public sealed class NoteAddedConsumer(ProbeDbContext db, TimeProvider clock, HandlerCount count) : InboxConsumer<NoteAdded, ProbeDbContext>(db, clock)
{
    protected override Task HandleAsync(NoteAdded message, ConsumeContext<NoteAdded> context)
    {
        Interlocked.Increment(ref count.Value);
        Db.Received.Add(new ReceivedNote { Id = Guid.NewGuid(), NoteId = message.NoteId });
        return Task.CompletedTask;
    }
}
