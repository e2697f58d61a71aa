using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Prescription.Programmes;

/// <summary>A therapist's caseload here is the patients they prescribed for, whatever became of the programme since.</summary>
public sealed class CaseloadAccess(PrescriptionDbContext db) : IPatientAccess
{
    public Task<bool> IsTherapistOfAsync(Guid therapistId, Guid patientId, CancellationToken cancellationToken) =>
        db.Programmes.AnyAsync(p => p.PatientId == patientId && p.TherapistId == therapistId, cancellationToken);
}
