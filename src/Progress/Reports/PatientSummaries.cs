using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Telehealth.Progress.Data;
using Telehealth.Progress.Events;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

/// <summary>What a therapist reads: one patient's progress, and the caseload ordered by urgency.</summary>
public sealed class PatientSummaries(ProgressDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan OpenAlertWindow = TimeSpan.FromDays(14);

    public async Task<Proto.PatientSummary> SummaryAsync(Guid patientId, Caller caller, CancellationToken cancellationToken)
    {
        await Caseload.RequireAccessAsync(db, caller, patientId, cancellationToken);
        var now = clock.GetUtcNow();
        var settings = RuleSettings.Default;
        var reports = await db.SessionReports.AsNoTracking()
            .Where(r => r.PatientId == patientId && r.PerformedAt >= now.AddDays(-90))
            .OrderBy(r => r.PerformedAt)
            .ToListAsync(cancellationToken);
        var sessions = await AdherenceMonitor.SessionsAsync(db, patientId, now.AddDays(-settings.Adherence.LongWindowDays), cancellationToken);
        var adherence = AdherenceCalculator.Summarise(sessions, now, settings.Adherence);

        var summary = new Proto.PatientSummary { PatientId = patientId.ToString() };
        if (adherence.ShortWindow.Rate is { } week)
        {
            summary.Adherence7Days = (double)week;
        }
        if (adherence.LongWindow.Rate is { } month)
        {
            summary.Adherence28Days = (double)month;
        }
        summary.Pain.AddRange(reports.Select(r => new Proto.PainPoint { At = Timestamp.FromDateTimeOffset(r.PerformedAt), Before = r.PainBefore, After = r.PainAfter }));
        summary.Exercises.AddRange(await TrendsAsync(reports, cancellationToken));
        summary.Outcomes.AddRange(await OutcomesAsync(patientId, cancellationToken));

        var zone = await PatientDays.TimeZoneAsync(db, patientId, cancellationToken);
        var days = RemoteMonitoringDays.LocalDays(reports.Select(r => r.PerformedAt), zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var monitoring = RemoteMonitoringDays.EvaluateRolling(days, today, settings.RemoteMonitoring);
        summary.MonitoringDays30 = monitoring.DaysWithData;
        summary.MonitoringOnTrack = monitoring.RequirementMet || monitoring.StillAchievable;
        var since = now - OpenAlertWindow;
        summary.Alerts.AddRange(await db.Alerts.AsNoTracking()
            .Where(a => a.PatientId == patientId && a.RaisedAt >= since)
            .OrderByDescending(a => a.RaisedAt)
            .Select(a => a.Explanation)
            .ToListAsync(cancellationToken));
        return summary;
    }

    public async Task<Proto.GetTriageResponse> TriageAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var now = clock.GetUtcNow();
        var settings = RuleSettings.Default;
        var patients = await db.Programmes.AsNoTracking()
            .Where(p => p.TherapistId == caller.Id && p.Status != ProgrammeCopyStatus.Completed)
            .Select(p => p.PatientId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var since = now - OpenAlertWindow;
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => patients.Contains(a.PatientId) && a.RaisedAt >= since)
            .ToListAsync(cancellationToken);
        var summaries = new List<PatientSummary>();
        foreach (var patient in patients)
        {
            var theirs = alerts.Where(a => a.PatientId == patient && a.AcknowledgedAt == null).ToList();
            var redFlags = theirs.Where(a => a.Kind == nameof(AlertKind.RedFlag)).ToList();
            var acknowledged = alerts
                .Where(a => a.PatientId == patient && a.Kind == nameof(AlertKind.RedFlag) && a.AcknowledgedAt is not null)
                .MaxBy(a => a.AcknowledgedAt);
            var flare = theirs.Where(a => a.Kind is nameof(AlertKind.PainFlare) or nameof(AlertKind.NextDayPainWorse)).MinBy(a => a.RaisedAt);
            var sessions = await AdherenceMonitor.SessionsAsync(db, patient, now.AddDays(-settings.Adherence.AlertWindowDays), cancellationToken);
            summaries.Add(new PatientSummary
            {
                PatientId = patient,
                UnacknowledgedRedFlags = redFlags.SelectMany(a => JsonSerializer.Deserialize<List<RedFlag>>(a.RedFlags, ProgrammeCopies.Json) ?? []).ToList(),
                RedFlagReportedAt = redFlags.MinBy(a => a.RaisedAt)?.RaisedAt,
                RedFlagAcknowledged = acknowledged is { AcknowledgedAt: { } at } ? new Acknowledgement(acknowledged.AcknowledgedBy ?? Guid.Empty, at) : null,
                OpenPainFlareSince = flare?.RaisedAt,
                TwoWeekAdherence = AdherenceCalculator.Calculate(sessions, now, settings.Adherence.AlertWindowDays).Rate,
            });
        }
        var response = new Proto.GetTriageResponse();
        response.Patients.AddRange(CaseloadTriage.Order(summaries, settings.Adherence).Select(entry => new Proto.TriageEntry
        {
            PatientId = entry.PatientId.ToString(),
            Level = entry.Level switch
            {
                TriageLevel.RedFlag => Proto.TriageLevel.RedFlag,
                TriageLevel.PainFlare => Proto.TriageLevel.Flare,
                TriageLevel.LowAdherence => Proto.TriageLevel.LowAdherence,
                TriageLevel.ReadyToProgress => Proto.TriageLevel.ReadyToProgress,
                _ => Proto.TriageLevel.OnTrack,
            },
            Reason = entry.Reason,
            Since = entry.Since is { } openSince ? Timestamp.FromDateTimeOffset(openSince) : null,
        }));
        return response;
    }

    public async Task<Proto.ListSessionReportsResponse> ReportsAsync(Guid patientId, int limit, Caller caller, CancellationToken cancellationToken)
    {
        await Caseload.RequireAccessAsync(db, caller, patientId, cancellationToken);
        var reports = await db.SessionReports.AsNoTracking()
            .Where(r => r.PatientId == patientId)
            .OrderByDescending(r => r.PerformedAt)
            .Take(limit is > 0 and <= 200 ? limit : 50)
            .ToListAsync(cancellationToken);
        var response = new Proto.ListSessionReportsResponse();
        response.Reports.AddRange(reports.Select(r =>
        {
            var exercises = StoredReports.ToRules(r).Exercises;
            var summary = new Proto.SessionReportSummary
            {
                ReportId = r.Id.ToString(),
                ProgrammeId = r.ProgrammeId.ToString(),
                ProgrammeVersion = r.ProgrammeVersion,
                PerformedAt = Timestamp.FromDateTimeOffset(r.PerformedAt),
                PainBefore = r.PainBefore,
                PainAfter = r.PainAfter,
                ExercisesDone = exercises.Count(e => !e.Skipped),
                ExercisesSkipped = exercises.Count(e => e.Skipped),
                RedFlag = r.RedFlag,
            };
            if (r.CorrectedAt is { } corrected)
            {
                summary.CorrectedAt = Timestamp.FromDateTimeOffset(corrected);
            }
            return summary;
        }));
        return response;
    }

    private async Task<IEnumerable<Proto.ExerciseTrend>> TrendsAsync(IReadOnlyList<StoredSessionReport> reports, CancellationToken cancellationToken)
    {
        var programmeIds = reports.Select(r => r.ProgrammeId).Distinct().ToList();
        var versions = await db.ProgrammeVersions.AsNoTracking().Where(v => programmeIds.Contains(v.ProgrammeId)).ToListAsync(cancellationToken);
        var names = versions.SelectMany(ProgrammeCopies.ItemsOf).GroupBy(i => i.ItemId).ToDictionary(g => g.Key, g => g.Last().ExerciseName);
        return reports
            .SelectMany(r => StoredReports.ToRules(r).Exercises.Where(e => !e.Skipped).Select(e => (r.PerformedAt, e)))
            .Where(x => x.e.Sets.Any(s => s.LoadKg is not null))
            .GroupBy(x => x.e.ProgrammeItemId)
            .Select(group =>
            {
                var trend = new Proto.ExerciseTrend { ItemId = group.Key.ToString(), ExerciseName = names.GetValueOrDefault(group.Key, "") };
                trend.Load.AddRange(group.Select(x => new Proto.LoadPoint
                {
                    At = Timestamp.FromDateTimeOffset(x.PerformedAt),
                    LoadKg = (double)x.e.Sets.Where(s => s.LoadKg is not null).Max(s => s.LoadKg!.Value),
                }));
                return trend;
            });
    }

    private async Task<IEnumerable<Proto.OutcomeScore>> OutcomesAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.PatientId == patientId).OrderBy(o => o.CompletedAt).ToListAsync(cancellationToken);
        return outcomes.Select(o =>
        {
            var score = new Proto.OutcomeScore
            {
                Measure = System.Enum.Parse<Proto.OutcomeMeasure>(o.Measure),
                At = Timestamp.FromDateTimeOffset(o.CompletedAt),
                Score = o.Score,
                MinimalImportantChangeReached = o.MinimalImportantChangeReached,
            };
            if (o.ChangeFromBaseline is { } change)
            {
                score.ChangeFromBaseline = change;
            }
            return score;
        });
    }
}
