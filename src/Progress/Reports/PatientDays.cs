using Telehealth.Progress.Data;

namespace Telehealth.Progress.Reports;

/// <summary>Where a patient lives, for telling which calendar day a session was on.</summary>
internal static class PatientDays
{
    /// <summary>The patient's time zone as scheduling announced it; UTC until it has, as scheduling plans by default.</summary>
    public static async Task<TimeZoneInfo> TimeZoneAsync(ProgressDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        var known = await ReportQueries.TimeZoneAsync(db, patientId, cancellationToken);
        return known is not null && TimeZoneInfo.TryFindSystemTimeZoneById(known, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
