using Telehealth.Progress.Data;

namespace Telehealth.Progress.Reports;

/// <summary>A next-day pain check as its audit record keeps it.</summary>
internal sealed record NextDayCheckAuditSnapshot(Guid ReportId, int Pain, int UsualPain, DateTimeOffset CheckedAt)
{
    public static NextDayCheckAuditSnapshot Of(StoredNextDayCheck check) => new(check.ReportId, check.Pain, check.UsualPain, check.CheckedAt);
}
