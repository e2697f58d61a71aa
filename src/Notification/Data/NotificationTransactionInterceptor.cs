using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Telehealth.Notification.Data;

/// <summary>Announces what a transaction saved once it commits, and forgets it if it rolls back.</summary>
public sealed class NotificationTransactionInterceptor(CommitSignals signals) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is NotificationDbContext db)
        {
            signals.Announce(db.PendingSignals);
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is NotificationDbContext db)
        {
            db.PendingSignals.Clear();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
