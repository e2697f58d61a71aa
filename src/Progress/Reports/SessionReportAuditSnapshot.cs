using Telehealth.Progress.Data;
using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Reports;

/// <summary>A session report as its audit records keep it: the values summaries read, and what the rules found.</summary>
internal sealed record SessionReportAuditSnapshot(
    Guid ProgrammeId,
    int ProgrammeVersion,
    DateTimeOffset PerformedAt,
    int PainBefore,
    int PainAfter,
    IReadOnlyList<ExerciseResult> Exercises,
    IReadOnlyList<RedFlag> RedFlags,
    string Notes,
    bool RedFlag,
    bool Flare)
{
    public static SessionReportAuditSnapshot Of(StoredSessionReport report)
    {
        var rules = StoredReports.ToRules(report);
        return new SessionReportAuditSnapshot(
            report.ProgrammeId,
            report.ProgrammeVersion,
            report.PerformedAt,
            report.PainBefore,
            report.PainAfter,
            rules.Exercises,
            rules.RedFlagAnswers.Where(a => a.Present).Select(a => a.Flag).ToList(),
            report.Notes,
            report.RedFlag,
            report.Flare);
    }
}
