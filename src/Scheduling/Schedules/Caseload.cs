using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Scheduling.Data;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Scheduling.Schedules;

/// <summary>Who may see a patient's schedule: the patient, and the therapists whose caseload they are in.</summary>
internal static class Caseload
{
    public static Task<bool> IsTherapistOfAsync(SchedulingDbContext db, Guid therapistId, Guid patientId, CancellationToken cancellationToken) =>
        db.Programmes.AnyAsync(p => p.PatientId == patientId && p.TherapistId == therapistId, cancellationToken);

    public static async Task RequireReadAccessAsync(SchedulingDbContext db, Caller caller, Guid patientId, CancellationToken cancellationToken)
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

    public static void RequireSelf(Caller caller, Guid patientId, string what)
    {
        if (caller.Role != CallerRole.Patient || caller.Id != patientId)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"Only the patient may {what}."));
        }
    }
}
