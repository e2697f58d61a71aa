using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Audit.V1;

namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>
/// telehealth.audit.v1.AuditTrail: one patient's records, newest first, for the patient and their
/// therapist. It only reads; nothing in the API can change a record.
/// </summary>
[Authorize(Policy = CallerPolicies.Caller)]
public sealed class AuditTrailApi(ServiceDbContext db, IPatientAccess access) : Proto.AuditTrail.AuditTrailBase
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public override async Task<Proto.ListAuditRecordsResponse> ListAuditRecords(Proto.ListAuditRecordsRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var patientId = errors.Uuid("patient_id", request.PatientId);
        errors.InRange("page_size", request.PageSize, 0, MaxPageSize);
        long before = 0;
        if (request.PageToken.Length > 0 && !AuditPageToken.TryRead(request.PageToken, out before))
        {
            errors.Add("page_token", "is not a token this service gave");
        }
        errors.ThrowIfAny();
        await RequireReaderAsync(context.GetCaller(), patientId, context.CancellationToken);

        var size = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
        var trail = db.AuditTrail.AsNoTracking().Where(r => r.PatientId == patientId);
        if (before > 0)
        {
            trail = trail.Where(r => r.Sequence < before);
        }
        var found = await trail.OrderByDescending(r => r.Sequence).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new Proto.ListAuditRecordsResponse
        {
            NextPageToken = found.Count > size ? AuditPageToken.For(found[size - 1].Sequence) : "",
        };
        response.Records.AddRange(found.Take(size).Select(AuditRecordProto.From));
        return response;
    }

    /// <summary>
    /// The patient reads their own trail, a therapist the trails of their caseload. Anyone else
    /// learns nothing, not even whether the patient exists here; an operator sees the system, not
    /// clinical content, whoever the patient.
    /// </summary>
    private async Task RequireReaderAsync(Caller caller, Guid patientId, CancellationToken cancellationToken)
    {
        var allowed = caller.Role switch
        {
            CallerRole.Patient => caller.Id == patientId,
            CallerRole.Therapist => await access.IsTherapistOfAsync(caller.Id, patientId, cancellationToken),
            _ => throw new RpcException(new Status(StatusCode.PermissionDenied, "A patient's records are read by the patient and their therapist only.")),
        };
        if (!allowed)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "patient_id: no such patient in your care."));
        }
    }
}
