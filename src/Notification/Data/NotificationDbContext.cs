using Microsoft.EntityFrameworkCore;
using Telehealth.Notification.Delivery;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Notification.Data;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options, CommitSignals? commitSignals = null)
    : ServiceDbContext(options)
{
    public DbSet<Recipient> Recipients => Set<Recipient>();

    public DbSet<StoredNotification> Notifications => Set<StoredNotification>();

    public DbSet<NotificationFinding> Findings => Set<NotificationFinding>();

    public DbSet<NotificationDelivery> Deliveries => Set<NotificationDelivery>();

    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();

    /// <summary>Programmes as prescription's events describe them: the caseloads.</summary>
    public DbSet<ProgrammeCopy> Programmes => Set<ProgrammeCopy>();

    /// <summary>Who and what to wake once the current changes commit.</summary>
    internal PendingSignals PendingSignals { get; } = new();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // Inbox streams and the delivery worker hear about new rows only after they commit.
        if (commitSignals is not null)
        {
            optionsBuilder.AddInterceptors(commitSignals.SaveInterceptor, commitSignals.TransactionInterceptor);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Recipient>(recipient =>
        {
            recipient.ToTable("recipients");
            recipient.HasKey(r => r.Id);
            recipient.Property(r => r.Id).ValueGeneratedNever();
            recipient.Property(r => r.Role).HasMaxLength(20);
            recipient.Property(r => r.Email).HasMaxLength(254);
            recipient.Property(r => r.WebhookUrl).HasMaxLength(2000);
            recipient.Property(r => r.TimeZone).HasMaxLength(64);
            recipient.Property(r => r.QuietStart).HasMaxLength(5);
            recipient.Property(r => r.QuietEnd).HasMaxLength(5);
        });
        modelBuilder.Entity<StoredNotification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Id).ValueGeneratedNever();
            notification.HasIndex(n => new { n.RecipientId, n.Sequence }).IsUnique();
            // One event makes at most one notification per recipient, however often it arrives.
            notification.HasIndex(n => new { n.SourceEventId, n.RecipientId }).IsUnique();
            notification.HasIndex(n => n.EscalateAt);
            notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
            notification.Property(n => n.Priority).HasConversion<string>().HasMaxLength(10);
            notification.Property(n => n.Title).HasMaxLength(200);
            notification.Property(n => n.Body).HasMaxLength(4000);
            notification.Property(n => n.SourceEventType).HasMaxLength(100);
            // At most one unread notification per therapist and report gathers what the report led to.
            notification.HasIndex(n => new { n.RecipientId, n.ReportId })
                .IsUnique()
                .HasFilter("\"ReportId\" IS NOT NULL AND \"ReadAt\" IS NULL AND \"AcknowledgedAt\" IS NULL");
        });
        modelBuilder.Entity<NotificationFinding>(finding =>
        {
            finding.ToTable("notification_findings");
            finding.HasKey(f => f.Id);
            finding.Property(f => f.Id).ValueGeneratedNever();
            finding.HasIndex(f => f.NotificationId);
            // One event is one finding per recipient, however often it arrives.
            finding.HasIndex(f => new { f.SourceEventId, f.RecipientId }).IsUnique();
            finding.Property(f => f.Kind).HasConversion<string>().HasMaxLength(40);
            finding.Property(f => f.Priority).HasConversion<string>().HasMaxLength(10);
            finding.Property(f => f.Title).HasMaxLength(200);
            finding.Property(f => f.Text).HasMaxLength(2000);
            finding.Property(f => f.SourceEventType).HasMaxLength(100);
        });
        modelBuilder.Entity<NotificationDelivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever();
            delivery.HasIndex(d => new { d.Channel, d.State, d.NextAttemptAt });
            delivery.HasIndex(d => new { d.RecipientId, d.Channel, d.Purpose, d.DueAt });
            delivery.HasIndex(d => d.NotificationId);
            delivery.HasIndex(d => d.DigestId);
            delivery.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(12);
            delivery.Property(d => d.Priority).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.Audience).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.State).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.Address).HasMaxLength(2000);
            delivery.Property(d => d.Subject).HasMaxLength(200);
            delivery.Property(d => d.Body).HasMaxLength(4000);
            delivery.Property(d => d.LastError).HasMaxLength(200);
            delivery.Property(d => d.Revision).IsConcurrencyToken();
            delivery.Ignore(d => d.IsOpen);
            delivery.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId);
        });
        modelBuilder.Entity<DeliveryAttempt>(attempt =>
        {
            attempt.ToTable("delivery_attempts");
            attempt.HasKey(a => a.Id);
            attempt.HasIndex(a => new { a.DeliveryId, a.Number }).IsUnique();
            attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
            attempt.Property(a => a.Error).HasMaxLength(200);
        });
        modelBuilder.Entity<ProgrammeCopy>(programme =>
        {
            programme.ToTable("programmes");
            programme.HasKey(p => p.ProgrammeId);
            programme.Property(p => p.ProgrammeId).ValueGeneratedNever();
            programme.HasIndex(p => new { p.PatientId, p.TherapistId });
            programme.Property(p => p.Status).HasMaxLength(12);
        });
    }
}
