using MassTransit;
using Microsoft.EntityFrameworkCore;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>
/// A consumer that handles each message id once: the handler's changes, its outgoing events
/// and the inbox record commit together, and a redelivered message changes nothing.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    protected TimeProvider Clock => clock;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        if (await db.Inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken))
        {
            return;
        }
        await HandleAsync(context.Message, context);
        db.Inbox.Add(new InboxMessage(messageId, consumer, clock.GetUtcNow()));
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>Applies the message to the database through <see cref="Db"/>; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
