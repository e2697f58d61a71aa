using MassTransit;
using Microsoft.EntityFrameworkCore;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>
/// An <see cref="InboxConsumer{TMessage,TContext}"/> for events that arrive in bursts (thousands of
/// reminders falling due at one instant): MassTransit hands over up to <see cref="BatchOptions.MessageLimit"/>
/// messages at once, and all of them commit in one transaction, one write turn and one sync
/// instead of one each. Each message id is still handled once, and each message's changes are
/// saved (inside the transaction) before the next is handled, so a handler reads what the
/// messages before it in the batch wrote, just as it would one transaction after another.
/// A batch that fails rolls back whole and is retried whole (MassTransit's retry policy, then its
/// error queue, as for single messages).
/// </summary>
public abstract class InboxBatchConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<Batch<TMessage>>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    protected TimeProvider Clock => clock;

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        var consumer = GetType().Name;
        var batch = context.Message.Select(message => (Id: message.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id."), Context: message)).ToList();
        var ids = batch.Select(message => message.Id).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        var handled = (await db.Inbox.Where(m => m.Consumer == consumer && ids.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(context.CancellationToken)).ToHashSet();
        foreach (var (id, message) in batch)
        {
            // Handled by an earlier batch (a redelivery after a lost acknowledgement).
            if (!handled.Add(id))
            {
                continue;
            }
            await HandleAsync(message.Message, message);
            db.Inbox.Add(new InboxMessage(id, consumer, clock.GetUtcNow()));
            await db.SaveChangesAsync(context.CancellationToken);
            // Each message starts from an empty change tracker, as it would in a context of its own;
            // left to grow, every save and query of the batch would scan all the batch's rows again.
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>Applies one message to the database through <see cref="Db"/>; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
