using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Prescription.Programmes;

/// <summary>Loads a programme for a caller who may see it: its therapist, or its patient for reading.</summary>
internal static class ProgrammeAccess
{
    public static async Task<Programme> ForTherapistAsync(PrescriptionDbContext db, Guid programmeId, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var programme = await db.ProgrammesWithVersions.FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        return programme is not null && programme.TherapistId == caller.Id ? programme : throw NotFound();
    }

    public static async Task<Programme> ForReaderAsync(PrescriptionDbContext db, Guid programmeId, Caller caller, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammesWithVersions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        var allowed = programme is not null && caller.Role switch
        {
            CallerRole.Therapist => programme.TherapistId == caller.Id,
            CallerRole.Patient => programme.PatientId == caller.Id,
            _ => false,
        };
        return allowed ? programme! : throw NotFound();
    }

    // Whether a programme exists is not revealed to those who may not see it.
    private static RpcException NotFound() => new(new Status(StatusCode.NotFound, "programme_id: no such programme in your care."));
}
