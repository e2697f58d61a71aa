using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Telehealth.ServiceDefaults.Auditing;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>
/// A service's database: its own tables plus the outbox (events written in the same
/// transaction as the change that caused them), the inbox (messages already handled) and the
/// audit trail (who changed what clinical record, when and why; append-only).
/// </summary>
public abstract class ServiceDbContext : DbContext
{
    protected ServiceDbContext(DbContextOptions options)
        : base(options)
    {
        // Every save in a transaction, even of one statement: a transaction is what takes the write
        // turn (SerializedWritesInterceptor) and what DurableCommitInterceptor waits on.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public DbSet<ProcessedRequest> ProcessedRequests => Set<ProcessedRequest>();

    public DbSet<AuditRecord> AuditTrail => Set<AuditRecord>();

    /// <summary>This context's place in the queue of the process's writers (see <see cref="Persistence.WriteTurn"/>).</summary>
    internal WriteTurn WriteTurn { get; } = new();

    /// <summary>Events were saved and the dispatcher has not been told yet.</summary>
    internal bool OutboxPending { get; set; }

    /// <summary>Queues an integration event; it is published once SaveChanges commits.</summary>
    public void Publish<TEvent>(TEvent integrationEvent, DateTimeOffset occurredAt)
        where TEvent : class =>
        Outbox.Add(OutboxMessage.For(integrationEvent, occurredAt));

    /// <summary>Records a clinical change in the audit trail; it commits with the change, in the same SaveChanges.</summary>
    public void RecordAudit(AuditEntry entry, DateTimeOffset occurredAt)
    {
        // The snapshot type is what the documented shape is checked against; any other type
        // would write a shape nobody documented under this version.
        foreach (var snapshot in new[] { entry.Before, entry.After })
        {
            if (snapshot is not null && snapshot.GetType() != entry.Action.SnapshotType)
            {
                throw new InvalidOperationException(
                    $"The audit action {entry.Action.Name} takes {entry.Action.SnapshotType.Name} snapshots, not {snapshot.GetType().Name}.");
            }
        }
        AuditTrail.Add(new AuditRecord(entry, occurredAt));
    }

    public override void Dispose()
    {
        base.Dispose();
        WriteTurn.Leave();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        WriteTurn.Leave();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = DetectChangesOnce();
        try
        {
            AuditTrailGuard.RefuseEdits(ChangeTracker);
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detecting = DetectChangesOnce();
        try
        {
            AuditTrailGuard.RefuseEdits(ChangeTracker);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>
    /// Compares the tracked entities with their snapshots once for the whole save, and returns
    /// whether the tracker did so by itself before. The audit guard, the save interceptors (the
    /// outbox's, notification's) and the save itself each asked the tracker for its entries, and
    /// each asking compared every tracked entity again: a re-plan tracks some 150 sessions and
    /// timers, and that comparing was a tenth of scheduling's CPU for it. Nothing in a save
    /// changes an entity after this point, so once is enough.
    /// </summary>
    private bool DetectChangesOnce()
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        if (detecting)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }
        return detecting;
    }

    // SQLite cannot compare or order DateTimeOffset and decimal columns in queries; every
    // instant here is UTC, so a binary instant orders correctly, and loads fit a double exactly.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasKey(m => m.Sequence);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.Property(m => m.MessageType).HasMaxLength(300).IsRequired();
            outbox.Property(m => m.Payload).IsRequired();
            outbox.HasIndex(m => m.SentAt);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
        modelBuilder.Entity<ProcessedRequest>(request =>
        {
            request.ToTable("processed_requests");
            request.HasKey(r => new { r.RequestId, r.Method, r.CallerId });
            request.Property(r => r.RequestId).HasMaxLength(100);
            request.Property(r => r.Method).HasMaxLength(200);
            request.Property(r => r.CallerId).HasMaxLength(200);
        });
        modelBuilder.Entity<AuditRecord>(AuditRecordMapping.Configure);
    }
}
