using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Programmes;

/// <summary>
/// Removes from <see cref="ActiveProgrammeCache"/> every patient whose programme a context saved:
/// when SaveChanges returns, and again when the transaction around it commits (a consumer's
/// inbox transaction), since a read between the two could have stored the state before it.
/// </summary>
public sealed class ActiveProgrammeInvalidation(ActiveProgrammeCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // A writing context tracks the few programmes it changed; read-only contexts track none.
    private void Forget(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        // What was saved is already known to the tracker; looking for changes again would walk every tracked entity.
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var programme in tracker.Entries<Programme>())
            {
                cache.Forget(programme.Entity.PatientId);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
