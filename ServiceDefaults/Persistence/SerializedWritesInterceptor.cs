using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>Takes the context's <see cref="WriteTurn"/> when a transaction begins and gives it back when the transaction ends.</summary>
internal sealed class SerializedWritesInterceptor : DbTransactionInterceptor
{
    public static SerializedWritesInterceptor Instance { get; } = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        TurnOf(eventData)?.Enter(connection);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (TurnOf(eventData) is { } turn)
        {
            await turn.EnterAsync(connection, cancellationToken);
        }
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => TurnOf(eventData)?.Leave();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TurnOf(eventData)?.Leave();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => TurnOf(eventData)?.Leave();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TurnOf(eventData)?.Leave();
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => TurnOf(eventData)?.Leave();

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TurnOf(eventData)?.Leave();
        return Task.CompletedTask;
    }

    private static WriteTurn? TurnOf(DbContextEventData eventData) => (eventData.Context as ServiceDbContext)?.WriteTurn;
}
