using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Diagnostics;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Timers;

namespace Telehealth.Scheduling.Schedules;

/// <summary>
/// Re-plans one patient: the sessions of each programme from its items and the patient's
/// preferences, then every timer the plan needs. Called whenever something the plan depends on
/// changes (programme events, preferences, reports, appointments) and once a day to move the
/// horizon on. The caller saves, in the same transaction as the change that caused the re-plan.
/// </summary>
public sealed class PatientPlanning(SchedulingDbContext db, IOptions<SchedulingOptions> options, SchedulingMetrics metrics)
{
    // Sessions that started before this are history for any re-plan, whatever the zone.
    private static readonly TimeSpan History = TimeSpan.FromDays(2);

    public async Task ReplanAsync(Guid patientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var at = Instant.FromDateTimeOffset(now);
        var preferences = await LoadPreferencesAsync(patientId, cancellationToken);
        var programmes = (await db.Programmes.Where(p => p.PatientId == patientId).ToListAsync(cancellationToken))
            .Select(ProgrammeMapping.ToPlanning)
            .ToList();
        var since = now - History;
        var sessions = await db.Sessions.Where(s => s.PatientId == patientId && s.WindowStart >= since).ToListAsync(cancellationToken);

        foreach (var programme in programmes)
        {
            var wanted = SessionPlanner.Plan(programme, preferences, settings.Planning, at);
            var existing = sessions.Where(s => s.ProgrammeId == programme.ProgrammeId).ToList();
            var changes = SessionPlanner.Compare(existing.Select(SessionMapping.ToPlanning).ToList(), wanted, at);
            Apply(changes, existing, sessions, patientId, preferences.Zone, now);
            metrics.SessionsPlanned(changes.Added.Count, changes.Changed.Count, changes.Cancelled.Count);
        }

        var appointments = await db.Appointments
            .Where(a => a.PatientId == patientId && a.Status == AppointmentStatus.Booked && a.StartsAt > now)
            .Select(a => new { a.Id, a.StartsAt, a.Urgent })
            .ToListAsync(cancellationToken);
        var timers = ReminderPlanner.Plan(
            patientId,
            sessions.Select(SessionMapping.ToPlanning),
            appointments.Select(a => new AppointmentToRemind(a.Id, Instant.FromDateTimeOffset(a.StartsAt), a.Urgent)),
            MovementBreakPrescription.From(programmes),
            preferences,
            settings.Planning,
            settings.AppointmentReminderLeads,
            at);
        await TimerSchedule.ReconcileAsync(db, patientId, timers, now, cancellationToken);
    }

    public async Task<SchedulePreferences> LoadPreferencesAsync(Guid patientId, CancellationToken cancellationToken) =>
        PreferencesMapping.ToPlanning(await db.Preferences.FindAsync([patientId], cancellationToken), options.Value.DefaultZone);

    private void Apply(SessionChanges changes, List<PlannedSession> existing, List<PlannedSession> all, Guid patientId, DateTimeZone zone, DateTimeOffset now)
    {
        foreach (var plan in changes.Added)
        {
            var session = SessionMapping.ToStored(plan, patientId, zone, now);
            db.Sessions.Add(session);
            all.Add(session);
        }
        foreach (var plan in changes.Changed)
        {
            existing.Single(s => s.Id == plan.SessionId).Apply(plan, zone, now);
        }
        foreach (var id in changes.Cancelled)
        {
            var session = existing.Single(s => s.Id == id);
            session.State = SessionState.Cancelled;
            session.Revision++;
            session.UpdatedAt = now;
        }
    }
}
