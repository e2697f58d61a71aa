using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Grpc;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Programmes;

/// <summary>
/// Therapists' changes to programmes: each one a new version, its event in the outbox, its audit
/// record, and the answer remembered under the client's request id, all in one transaction.
/// </summary>
public sealed class ProgrammeCommands(PrescriptionDbContext db, ExerciseLibrary library, TimeProvider clock)
{
    public async Task<Proto.Programme> PrescribeAsync(Proto.PrescribeProgrammeRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var errors = new FieldErrors();
        errors.Uuid("request_id", request.RequestId);
        var patientId = errors.Uuid("patient_id", request.PatientId);
        errors.MaxLength("reason", request.Reason, RequestLimits.Reason);
        var (items, reviewInterval) = await ItemsAsync(request, caller, errors, cancellationToken);
        errors.ThrowIfAny();
        if (await db.FindAnswerAsync(request.RequestId, nameof(PrescribeAsync), caller.Id, Proto.Programme.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var open = await db.Programmes.Where(p => p.PatientId == patientId && p.Status != ProgrammeStatus.Completed).Select(p => p.TherapistId).ToListAsync(cancellationToken);
        if (open.Any(therapist => therapist != caller.Id))
        {
            // The patient is in another therapist's care: prescribing would act on their caseload.
            throw new RpcException(new Status(StatusCode.PermissionDenied, "patient_id: the patient is in another therapist's care."));
        }
        if (open.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, "patient_id: the patient already has a programme that is not completed; adjust or complete it first."));
        }

        var now = clock.GetUtcNow();
        var programme = Programme.Prescribe(patientId, caller.Id, items, reviewInterval, Actor.Therapist(caller.Id), now, request.Reason);
        db.Programmes.Add(programme);
        return await SaveAsync(programme, programme.Current, request.RequestId, nameof(PrescribeAsync), caller, cancellationToken);
    }

    public async Task<Proto.Programme> AdjustAsync(Proto.AdjustProgrammeRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var errors = new FieldErrors();
        errors.Uuid("request_id", request.RequestId);
        var programmeId = errors.Uuid("programme_id", request.ProgrammeId);
        errors.MaxLength("reason", request.Reason, RequestLimits.Reason);
        var specs = ItemInputs.ToSpecs(request.Items, await library.VisibleToAsync(caller.Id, cancellationToken), errors);
        errors.ThrowIfAny();
        if (await db.FindAnswerAsync(request.RequestId, nameof(AdjustAsync), caller.Id, Proto.Programme.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var programme = await ProgrammeAccess.ForTherapistAsync(db, programmeId, caller, cancellationToken);
        var version = programme.Adjust(request.ExpectedVersion, specs, Actor.Therapist(caller.Id), clock.GetUtcNow(), request.Reason);
        return await SaveAsync(programme, version, request.RequestId, nameof(AdjustAsync), caller, cancellationToken);
    }

    public async Task<Proto.Programme> ChangeStatusAsync(Proto.ChangeProgrammeStatusRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var errors = new FieldErrors();
        errors.Uuid("request_id", request.RequestId);
        var programmeId = errors.Uuid("programme_id", request.ProgrammeId);
        errors.MaxLength("reason", request.Reason, RequestLimits.Reason);
        if (request.Status is not (Proto.ProgrammeStatus.Active or Proto.ProgrammeStatus.Paused or Proto.ProgrammeStatus.Completed))
        {
            errors.Add("status", "must be ACTIVE (resume), PAUSED or COMPLETED");
        }
        errors.ThrowIfAny();
        if (await db.FindAnswerAsync(request.RequestId, nameof(ChangeStatusAsync), caller.Id, Proto.Programme.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var programme = await ProgrammeAccess.ForTherapistAsync(db, programmeId, caller, cancellationToken);
        var actor = Actor.Therapist(caller.Id);
        var now = clock.GetUtcNow();
        var version = request.Status switch
        {
            Proto.ProgrammeStatus.Paused => programme.Pause(request.ExpectedVersion, actor, now, request.Reason),
            Proto.ProgrammeStatus.Active => programme.Resume(request.ExpectedVersion, actor, now, request.Reason),
            _ => programme.Complete(request.ExpectedVersion, actor, now, request.Reason),
        };
        return await SaveAsync(programme, version, request.RequestId, nameof(ChangeStatusAsync), caller, cancellationToken);
    }

    private async Task<(IReadOnlyList<ProgrammeItemSpec> Items, int ReviewInterval)> ItemsAsync(Proto.PrescribeProgrammeRequest request, Caller caller, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (request.TemplateId.Length == 0)
        {
            if (request.ReviewIntervalDays == 0)
            {
                errors.Add("review_interval_days", "is required");
            }
            return (ItemInputs.ToSpecs(request.Items, await library.VisibleToAsync(caller.Id, cancellationToken), errors), request.ReviewIntervalDays);
        }
        if (request.Items.Count > 0)
        {
            errors.Add("items", "must be empty when template_id is given");
        }
        var templateId = errors.Uuid("template_id", request.TemplateId);
        if (templateId == Guid.Empty)
        {
            return ([], 0);
        }
        if (ProgrammeTemplates.Find(templateId) is not { } template)
        {
            errors.Add("template_id", "is not a known template");
            return ([], 0);
        }
        return (template.Instantiate(), request.ReviewIntervalDays > 0 ? request.ReviewIntervalDays : template.ReviewIntervalDays);
    }

    private async Task<Proto.Programme> SaveAsync(Programme programme, ProgrammeVersion version, string requestId, string method, Caller caller, CancellationToken cancellationToken)
    {
        ProgrammeEvents.Publish(db, programme, version);
        ProgrammeAudit.Record(db, programme, version, caller.ToString());
        var exercises = await library.VisibleToAsync(caller.Id, cancellationToken);
        var answer = ProgrammeMapping.ToProto(programme, version, id => exercises.GetValueOrDefault(id));
        db.RememberAnswer(requestId, method, caller.Id, answer, clock.GetUtcNow());
        return await db.SaveUnlessAnsweredMeanwhileAsync(requestId, method, caller.Id, Proto.Programme.Parser, cancellationToken) ?? answer;
    }
}
