using Microsoft.EntityFrameworkCore;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Progress.Data;

public sealed class ProgressDbContext(DbContextOptions<ProgressDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ProgrammeCopy> Programmes => Set<ProgrammeCopy>();

    public DbSet<ProgrammeVersionCopy> ProgrammeVersions => Set<ProgrammeVersionCopy>();

    public DbSet<StoredSessionReport> SessionReports => Set<StoredSessionReport>();

    public DbSet<StoredNextDayCheck> NextDayChecks => Set<StoredNextDayCheck>();

    public DbSet<StoredOutcome> Outcomes => Set<StoredOutcome>();

    public DbSet<MissedSession> MissedSessions => Set<MissedSession>();

    public DbSet<RaisedAlert> Alerts => Set<RaisedAlert>();

    public DbSet<MadeSuggestion> Suggestions => Set<MadeSuggestion>();

    public DbSet<PatientTimeZone> PatientTimeZones => Set<PatientTimeZone>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ProgrammeCopy>(programme =>
        {
            programme.ToTable("programmes");
            programme.HasKey(p => p.ProgrammeId);
            programme.HasIndex(p => p.PatientId);
            programme.HasIndex(p => p.TherapistId);
        });
        modelBuilder.Entity<ProgrammeVersionCopy>(version =>
        {
            version.ToTable("programme_versions");
            version.HasKey(v => new { v.ProgrammeId, v.Version });
        });
        modelBuilder.Entity<StoredSessionReport>(report =>
        {
            report.ToTable("session_reports");
            report.HasKey(r => r.Id);
            report.HasIndex(r => new { r.PatientId, r.PerformedAt });
            report.HasIndex(r => new { r.ProgrammeId, r.PerformedAt });
            report.Property(r => r.Notes).HasMaxLength(2000);
        });
        modelBuilder.Entity<StoredNextDayCheck>(check =>
        {
            check.ToTable("next_day_checks");
            check.HasKey(c => c.Id);
            check.HasIndex(c => c.ReportId);
        });
        modelBuilder.Entity<StoredOutcome>(outcome =>
        {
            outcome.ToTable("outcomes");
            outcome.HasKey(o => o.Id);
            outcome.HasIndex(o => new { o.PatientId, o.Measure, o.CompletedAt });
        });
        modelBuilder.Entity<MissedSession>(missed =>
        {
            missed.ToTable("missed_sessions");
            missed.HasKey(m => m.PlannedSessionId);
            missed.HasIndex(m => new { m.PatientId, m.WindowStart });
        });
        modelBuilder.Entity<RaisedAlert>(alert =>
        {
            alert.ToTable("alerts");
            alert.HasKey(a => a.Id);
            alert.HasIndex(a => new { a.PatientId, a.RaisedAt });
        });
        modelBuilder.Entity<MadeSuggestion>(suggestion =>
        {
            // Not unique: two reports taken at once may both suggest, and neither may fail for it.
            suggestion.ToTable("suggestions");
            suggestion.HasKey(s => s.Id);
            suggestion.HasIndex(s => new { s.ProgrammeId, s.ProgrammeVersion });
        });
        modelBuilder.Entity<PatientTimeZone>(zone =>
        {
            zone.ToTable("patient_time_zones");
            zone.HasKey(z => z.PatientId);
            zone.Property(z => z.TimeZone).HasMaxLength(64);
        });
    }
}
