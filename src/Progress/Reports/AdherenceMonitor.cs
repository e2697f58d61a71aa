using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.Progress.Reports;

/// <summary>
/// Adherence from what happened: reported sessions are done, sessions scheduling declared
/// missed are missed. Alerts the therapist when the two-week rate falls below the threshold,
/// at most once a week per patient.
/// </summary>
public sealed class AdherenceMonitor
{
    private static readonly TimeSpan QuietAfterAlert = TimeSpan.FromDays(7);

    public static async Task<IReadOnlyList<PlannedSession>> SessionsAsync(ProgressDbContext db, Guid patientId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var reports = await db.SessionReports.AsNoTracking()
            // Extra activity on an unscheduled day is welcome but no planned session done.
            .Where(r => r.PatientId == patientId && r.PerformedAt >= since && r.OnScheduledDay)
            .Select(r => new { r.Id, r.PlannedSessionId, r.PerformedAt })
            .ToListAsync(cancellationToken);
        var missed = await db.MissedSessions.AsNoTracking()
            .Where(m => m.PatientId == patientId && m.WindowStart >= since)
            .ToListAsync(cancellationToken);
        // A session reported after scheduling gave it up counts as done, not missed.
        var reported = reports.Where(r => r.PlannedSessionId is not null).Select(r => r.PlannedSessionId!.Value).ToHashSet();
        return reports
            .Select(r => new PlannedSession(r.PlannedSessionId ?? r.Id, r.PerformedAt, r.PerformedAt, r.PerformedAt))
            .Concat(missed.Where(m => !reported.Contains(m.PlannedSessionId)).Select(m => new PlannedSession(m.PlannedSessionId, m.WindowStart, m.WindowEnd)))
            .ToList();
    }

    public async Task CheckAsync(ProgressDbContext db, Guid patientId, Guid programmeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = AdherenceSettings.Default;
        var sessions = await SessionsAsync(db, patientId, now.AddDays(-settings.AlertWindowDays), cancellationToken);
        if (LowAdherenceRule.Evaluate(sessions, now, settings) is not { } alert)
        {
            return;
        }
        var kind = AlertKind.LowAdherence.ToString();
        var since = now - QuietAfterAlert;
        if (await db.Alerts.AnyAsync(a => a.PatientId == patientId && a.Kind == kind && a.RaisedAt >= since, cancellationToken))
        {
            return;
        }
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);
        var therapist = programme?.TherapistId ?? Guid.Empty;
        db.Alerts.Add(new RaisedAlert { Id = Guid.NewGuid(), PatientId = patientId, TherapistId = therapist, Kind = kind, Explanation = alert.Explanation, RaisedAt = now });
        var rate = AdherenceCalculator.Calculate(sessions, now, settings.AlertWindowDays).Rate ?? 0m;
        TraceSampling.Keep(Activity.Current);
        db.Publish(new AdherenceDropped(patientId, therapist, programmeId, (double)rate, settings.AlertWindowDays, now), now);
    }
}
