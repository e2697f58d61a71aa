using Telehealth.Scheduling.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Scheduling.Schedules;

/// <summary>A patient's therapists, as prescription's programme events told this service.</summary>
public sealed class CaseloadAccess(SchedulingDbContext db) : IPatientAccess
{
    public Task<bool> IsTherapistOfAsync(Guid therapistId, Guid patientId, CancellationToken cancellationToken) =>
        Caseload.IsTherapistOfAsync(db, therapistId, patientId, cancellationToken);
}
