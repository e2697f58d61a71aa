using MassTransit;
using Microsoft.EntityFrameworkCore;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>
/// An <see cref="InboxConsumer{TMessage,TContext}"/> for events that arrive in bursts (thousands of
/// reminders falling due at one instant): MassTransit hands over up to <see cref="BatchOptions.MessageLimit"/>
/// messages at once, and all of them commit in one transaction, one write turn and one sync
/// instead of one each, so the handler can read and write them as a set. Each message id is
/// still handled once. A batch that fails rolls back whole and is retried whole (MassTransit's
/// retry policy, then its error queue, as for single messages).
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
        // An id an earlier batch handled (a redelivery after a lost acknowledgement) is skipped.
        var fresh = batch.Where(message => handled.Add(message.Id)).ToList();
        if (fresh.Count > 0)
        {
            await HandleAsync(fresh.ConvertAll(message => message.Context), context.CancellationToken);
            var now = clock.GetUtcNow();
            foreach (var (id, _) in fresh)
            {
                db.Inbox.Add(new InboxMessage(id, consumer, now));
            }
            await db.SaveChangesAsync(context.CancellationToken);
        }
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>
    /// Applies the batch's new messages, oldest first, to the database through <see cref="Db"/>,
    /// inside the batch's transaction. It may save on the way (so that a later message reads what
    /// an earlier one wrote); the consumer saves the rest and commits.
    /// </summary>
    protected abstract Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken cancellationToken);
}
