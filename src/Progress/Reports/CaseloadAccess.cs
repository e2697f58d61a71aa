using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Progress.Reports;

/// <summary>A patient's therapists, as prescription's programme events told this service (see <see cref="Caseload"/>).</summary>
public sealed class CaseloadAccess(ProgressDbContext db) : IPatientAccess
{
    public Task<bool> IsTherapistOfAsync(Guid therapistId, Guid patientId, CancellationToken cancellationToken) =>
        Caseload.IsTherapistOfAsync(db, therapistId, patientId, cancellationToken);
}
