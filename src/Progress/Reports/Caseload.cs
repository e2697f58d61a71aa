using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Progress.Reports;

/// <summary>Who may read a patient's progress: the patient, and the therapists whose caseload they are in.</summary>
internal static class Caseload
{
    public static Task<bool> IsTherapistOfAsync(ProgressDbContext db, Guid therapistId, Guid patientId, CancellationToken cancellationToken) =>
        db.Programmes.AnyAsync(p => p.PatientId == patientId && p.TherapistId == therapistId, cancellationToken);

    public static async Task RequireAccessAsync(ProgressDbContext db, Caller caller, Guid patientId, CancellationToken cancellationToken)
    {
        var allowed = caller.Role switch
        {
            CallerRole.Patient => caller.Id == patientId,
            CallerRole.Therapist => await IsTherapistOfAsync(db, caller.Id, patientId, cancellationToken),
            _ => false,
        };
        if (!allowed)
        {
            // Whether the patient exists is itself not revealed.
            throw new RpcException(new Status(StatusCode.NotFound, "patient_id: no such patient in your care."));
        }
    }
}
