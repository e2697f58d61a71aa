using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>Signals the dispatcher when a transaction that saved events commits.</summary>
internal sealed class OutboxTransactionInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ServiceDbContext db)
        {
            signal.NotifyIfPending(db);
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }
}
