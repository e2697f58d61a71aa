using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Data;

/// <summary>Notes new notifications and due deliveries as they are saved, and announces them at once when no transaction holds them back.</summary>
public sealed class NotificationSaveInterceptor(CommitSignals signals) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AnnounceIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Note(DbContext? context)
    {
        if (context is not NotificationDbContext db)
        {
            return;
        }
        // A notification that gathered more about its report comes again under a new cursor.
        foreach (var added in db.ChangeTracker.Entries<StoredNotification>()
                     .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(n => n.Sequence).IsModified)))
        {
            db.PendingSignals.Recipients.Add(added.Entity.RecipientId);
        }
        foreach (var due in db.ChangeTracker.Entries<NotificationDelivery>()
                     .Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.IsOpen && e.Entity.Channel != Channel.InApp))
        {
            db.PendingSignals.Channels.Add(due.Entity.Channel);
        }
    }

    private void AnnounceIfCommitted(DbContext? context)
    {
        if (context is NotificationDbContext db && db.Database.CurrentTransaction is null)
        {
            signals.Announce(db.PendingSignals);
        }
    }
}
