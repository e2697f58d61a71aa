using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Telehealth.Scheduling.Timers;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Scheduling.Data;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<PatientPreferences> Preferences => Set<PatientPreferences>();

    public DbSet<ProgrammeCopy> Programmes => Set<ProgrammeCopy>();

    public DbSet<PlannedSession> Sessions => Set<PlannedSession>();

    public DbSet<TherapistAvailability> Availability => Set<TherapistAvailability>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<ReviewRequest> ReviewRequests => Set<ReviewRequest>();

    public DbSet<CalendarSubscription> CalendarSubscriptions => Set<CalendarSubscription>();

    public DbSet<DurableTimer> Timers => Set<DurableTimer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<PatientPreferences>(MapPreferences);
        modelBuilder.Entity<ProgrammeCopy>(MapProgramme);
        modelBuilder.Entity<PlannedSession>(MapSession);
        modelBuilder.Entity<TherapistAvailability>(MapAvailability);
        modelBuilder.Entity<Appointment>(MapAppointment);
        modelBuilder.Entity<ReviewRequest>(MapReviewRequest);
        modelBuilder.Entity<CalendarSubscription>(MapCalendarSubscription);
        modelBuilder.Entity<DurableTimer>(MapTimer);
    }

    private static void MapPreferences(EntityTypeBuilder<PatientPreferences> preferences)
    {
        preferences.ToTable("preferences");
        preferences.HasKey(p => p.PatientId);
        preferences.Property(p => p.PatientId).ValueGeneratedNever();
        preferences.Property(p => p.TimeZone).HasMaxLength(100);
        Json(preferences.Property(p => p.ExerciseTimes));
        Json(preferences.Property(p => p.WorkHours));
    }

    private static void MapProgramme(EntityTypeBuilder<ProgrammeCopy> programme)
    {
        programme.ToTable("programmes");
        programme.HasKey(p => p.ProgrammeId);
        programme.Property(p => p.ProgrammeId).ValueGeneratedNever();
        programme.HasIndex(p => p.PatientId);
        programme.HasIndex(p => p.TherapistId);
        programme.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        Json(programme.Property(p => p.Items));
    }

    private static void MapSession(EntityTypeBuilder<PlannedSession> session)
    {
        session.ToTable("sessions");
        // Ids follow from programme and day (SessionIds): a row with an id EF did not load is new.
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).ValueGeneratedNever();
        session.HasIndex(s => new { s.PatientId, s.WindowStart });
        session.HasIndex(s => new { s.ProgrammeId, s.WindowStart });
        session.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.LocalDate).HasMaxLength(10);
        session.Property(s => s.LocalStartTime).HasMaxLength(8);
        session.Property(s => s.TimeZone).HasMaxLength(100);
        Json(session.Property(s => s.Exercises));
    }

    private static void MapAvailability(EntityTypeBuilder<TherapistAvailability> availability)
    {
        availability.ToTable("availability");
        availability.HasKey(a => a.TherapistId);
        availability.Property(a => a.TherapistId).ValueGeneratedNever();
        availability.Property(a => a.TimeZone).HasMaxLength(100);
        Json(availability.Property(a => a.WeeklyHours));
        Json(availability.Property(a => a.Exceptions));
    }

    private static void MapAppointment(EntityTypeBuilder<Appointment> appointment)
    {
        appointment.ToTable("appointments");
        appointment.HasKey(a => a.Id);
        appointment.Property(a => a.Id).ValueGeneratedNever();
        appointment.HasIndex(a => new { a.TherapistId, a.StartsAt });
        appointment.HasIndex(a => new { a.PatientId, a.StartsAt });
        appointment.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        appointment.Property(a => a.Origin).HasConversion<string>().HasMaxLength(30);
        appointment.Property(a => a.Reason).HasMaxLength(2000);
        appointment.Property(a => a.CancelReason).HasMaxLength(2000);
        // Two writers moving the same appointment: the second finds it changed and retries.
        appointment.Property(a => a.Sequence).IsConcurrencyToken();
    }

    private static void MapReviewRequest(EntityTypeBuilder<ReviewRequest> request)
    {
        request.ToTable("review_requests");
        request.HasKey(r => r.RequestId);
        request.Property(r => r.RequestId).ValueGeneratedNever();
        request.HasIndex(r => new { r.TherapistId, r.Status });
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Reason).HasMaxLength(2000);
    }

    private static void MapCalendarSubscription(EntityTypeBuilder<CalendarSubscription> subscription)
    {
        subscription.ToTable("calendar_subscriptions");
        subscription.HasKey(s => s.PatientId);
        subscription.Property(s => s.PatientId).ValueGeneratedNever();
        subscription.HasIndex(s => s.Token).IsUnique();
        subscription.Property(s => s.Token).HasMaxLength(100);
    }

    private static void MapTimer(EntityTypeBuilder<DurableTimer> timer)
    {
        timer.ToTable("timers");
        timer.HasKey(t => t.Id);
        timer.Property(t => t.Id).ValueGeneratedNever();
        timer.HasIndex(t => new { t.State, t.DueAt });
        timer.HasIndex(t => new { t.PatientId, t.State });
        timer.HasIndex(t => new { t.SubjectId, t.Kind });
        timer.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        timer.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        timer.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(20);
        // A re-plan cancelling a timer the dispatcher is firing: whichever commits second fails and retries.
        timer.Property(t => t.State).IsConcurrencyToken();
        timer.Ignore(t => t.Lead);
    }

    private static void Json<T>(PropertyBuilder<T> property) =>
        property.HasConversion(JsonColumn.Converter<T>(), JsonColumn.Comparer<T>()).IsRequired();
}
