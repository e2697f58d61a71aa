using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Progress.Reports;

/// <summary>The audit records of what a patient reports and corrects; each commits with what it records.</summary>
internal static class ReportAudit
{
    public static void Submitted(ProgressDbContext db, StoredSessionReport report, Caller caller, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(report.PatientId, caller.ToString(), "session_report.submitted", report.Id)
        {
            After = Snapshot(report),
        }, at);

    public static void Corrected(ProgressDbContext db, StoredSessionReport report, object before, Caller caller, string reason, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(report.PatientId, caller.ToString(), "session_report.corrected", report.Id)
        {
            Reason = reason,
            Before = before,
            After = Snapshot(report),
        }, at);

    public static void NextDayCheck(ProgressDbContext db, StoredNextDayCheck check, Caller caller, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(check.PatientId, caller.ToString(), "next_day_pain_check.submitted", check.Id)
        {
            After = new { check.ReportId, check.Pain, check.UsualPain, check.CheckedAt },
        }, at);

    public static void Outcome(ProgressDbContext db, StoredOutcome outcome, Caller caller, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(outcome.PatientId, caller.ToString(), "outcome_measure.submitted", outcome.Id)
        {
            After = new { outcome.Measure, outcome.Answers, outcome.Score, outcome.ChangeFromBaseline, outcome.MinimalImportantChangeReached, outcome.CompletedAt },
        }, at);

    /// <summary>The report's values as summaries read them; take it before correcting, for the record's before.</summary>
    public static object Snapshot(StoredSessionReport report)
    {
        var rules = StoredReports.ToRules(report);
        return new
        {
            report.ProgrammeId,
            report.ProgrammeVersion,
            report.PerformedAt,
            report.PainBefore,
            report.PainAfter,
            rules.Exercises,
            RedFlags = rules.RedFlagAnswers.Where(a => a.Present).Select(a => a.Flag).ToList(),
            report.Notes,
            report.RedFlag,
            report.Flare,
        };
    }
}
