using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Progress.Reports;

/// <summary>The audit records of what a patient reports and corrects; each commits with what it records.</summary>
internal static class ReportAudit
{
    public static AuditAction ReportSubmitted { get; } = new("session_report.submitted", typeof(SessionReportAuditSnapshot), SchemaVersion: 1);

    public static AuditAction ReportCorrected { get; } = new("session_report.corrected", typeof(SessionReportAuditSnapshot), SchemaVersion: 1);

    public static AuditAction NextDayCheckSubmitted { get; } = new("next_day_pain_check.submitted", typeof(NextDayCheckAuditSnapshot), SchemaVersion: 1);

    public static AuditAction OutcomeSubmitted { get; } = new("outcome_measure.submitted", typeof(OutcomeAuditSnapshot), SchemaVersion: 1);

    public static IReadOnlyList<AuditAction> Actions { get; } = [ReportSubmitted, ReportCorrected, NextDayCheckSubmitted, OutcomeSubmitted];

    public static void Submitted(ProgressDbContext db, StoredSessionReport report, Caller caller, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(report.PatientId, caller.ToString(), ReportSubmitted, report.Id)
        {
            After = SessionReportAuditSnapshot.Of(report),
        }, at);

    public static void Corrected(ProgressDbContext db, StoredSessionReport report, SessionReportAuditSnapshot before, Caller caller, string reason, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(report.PatientId, caller.ToString(), ReportCorrected, report.Id)
        {
            Reason = reason,
            Before = before,
            After = SessionReportAuditSnapshot.Of(report),
        }, at);

    public static void NextDayCheck(ProgressDbContext db, StoredNextDayCheck check, Caller caller, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(check.PatientId, caller.ToString(), NextDayCheckSubmitted, check.Id)
        {
            After = NextDayCheckAuditSnapshot.Of(check),
        }, at);

    public static void Outcome(ProgressDbContext db, StoredOutcome outcome, Caller caller, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(outcome.PatientId, caller.ToString(), OutcomeSubmitted, outcome.Id)
        {
            After = OutcomeAuditSnapshot.Of(outcome),
        }, at);

    /// <summary>Take it before correcting, for the record's before.</summary>
    public static SessionReportAuditSnapshot Snapshot(StoredSessionReport report) => SessionReportAuditSnapshot.Of(report);
}
