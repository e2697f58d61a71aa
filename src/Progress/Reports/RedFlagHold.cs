using Telehealth.Progress.Data;
using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Reports;

/// <summary>
/// Whether a programme is held after a red flag. Prescription holds it when it hears of the flag,
/// and the hold reaches progress a moment later; until then a red flag raised here after the
/// programme last changed holds it too, so no report in between is progressed.
/// </summary>
internal static class RedFlagHold
{
    public static async Task<bool> AppliesAsync(ProgressDbContext db, ProgrammeCopy programme, CancellationToken cancellationToken)
    {
        if (programme.Status == ProgrammeCopyStatus.Held)
        {
            return true;
        }
        var redFlag = nameof(AlertKind.RedFlag);
        var since = programme.UpdatedAt;
        return await ReportQueries.AlertSinceAsync(db, programme.PatientId, redFlag, since, cancellationToken);
    }
}
