using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>Notes events added to the outbox and signals the dispatcher once they are saved outside a transaction.</summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        MarkPending(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        MarkPending(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void MarkPending(DbContext? context)
    {
        if (context is ServiceDbContext db && db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            db.OutboxPending = true;
        }
    }

    // Inside a transaction the rows are not visible to the dispatcher until the commit.
    private void SignalIfCommitted(DbContext? context)
    {
        if (context is ServiceDbContext db && db.Database.CurrentTransaction is null)
        {
            signal.NotifyIfPending(db);
        }
    }
}
