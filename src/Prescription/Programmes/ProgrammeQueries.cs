using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Grpc;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Programmes;

/// <summary>What patients and therapists read: programmes, their history, caseloads.</summary>
public sealed class ProgrammeQueries(PrescriptionDbContext db, ExerciseLibrary library, ActiveProgrammeCache activeProgrammes, TimeProvider clock)
{
    public async Task<Proto.Programme> GetAsync(Guid programmeId, int? version, Caller caller, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAccess.ForReaderAsync(db, programmeId, caller, cancellationToken);
        var shown = version is { } number
            ? programme.FindVersion(number) ?? throw RichStatus.InvalidArgument("version", $"this programme has versions 1 to {programme.CurrentVersion}")
            : programme.Current;
        return await ToProtoAsync(programme, shown, cancellationToken);
    }

    /// <summary>The patient's programme that is not completed, at its current version.</summary>
    public async Task<Proto.Programme> GetActiveAsync(Guid patientId, Caller caller, CancellationToken cancellationToken)
    {
        if (!activeProgrammes.TryGet(patientId, out var active))
        {
            var stamp = activeProgrammes.Stamp();
            var programme = await db.ProgrammesWithVersions.AsNoTracking()
                .Where(p => p.PatientId == patientId && p.Status != ProgrammeStatus.Completed)
                .FirstOrDefaultAsync(cancellationToken);
            if (programme is null)
            {
                throw NoActiveProgramme();
            }
            active = new CachedProgramme(await ToProtoAsync(programme, programme.Current, cancellationToken), programme.TherapistId);
            activeProgrammes.Store(patientId, active, stamp);
        }
        var allowed = caller.Role switch
        {
            CallerRole.Patient => caller.Id == patientId,
            CallerRole.Therapist => active.TherapistId == caller.Id,
            _ => false,
        };
        return allowed ? active.Answer : throw NoActiveProgramme();
    }

    public async Task<Proto.ProgrammeHistory> HistoryAsync(Guid programmeId, Caller caller, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAccess.ForReaderAsync(db, programmeId, caller, cancellationToken);
        var history = new Proto.ProgrammeHistory { ProgrammeId = programme.Id.ToString() };
        var diffs = programme.History();
        foreach (var version in programme.Versions.OrderBy(v => v.Number))
        {
            var summary = new Proto.ProgrammeVersionSummary
            {
                Version = version.Number,
                ChangedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(version.CreatedAt),
                ChangedBy = version.CreatedBy.ToString(),
                Reason = version.Reason,
                Status = ProgrammeMapping.ToProto(version.Status),
                Current = version.Number == programme.CurrentVersion,
            };
            // The reason has a field of its own: the changes are the differences alone.
            if (diffs.FirstOrDefault(d => d.ToVersion == version.Number) is { } diff)
            {
                summary.Changes.AddRange(diff.ChangeLines());
            }
            history.Versions.Add(summary);
        }
        return history;
    }

    public async Task<Proto.ListCaseloadResponse> CaseloadAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var programmes = await db.ProgrammesWithVersions.AsNoTracking().Where(p => p.TherapistId == caller.Id).ToListAsync(cancellationToken);
        var ids = programmes.Select(p => p.Id).ToList();
        var suggestions = await db.Suggestions.AsNoTracking().Where(s => ids.Contains(s.ProgrammeId)).ToListAsync(cancellationToken);
        var response = new Proto.ListCaseloadResponse();
        response.Patients.AddRange(Caseload.For(caller.Id, programmes, suggestions, clock.GetUtcNow()).Select(entry =>
        {
            var proto = new Proto.CaseloadEntry
            {
                PatientId = entry.PatientId.ToString(),
                ProgrammeId = entry.ProgrammeId.ToString(),
                Status = ProgrammeMapping.ToProto(entry.Status),
                Version = entry.CurrentVersion,
                PendingSuggestions = entry.PendingSuggestions,
            };
            if (entry.ReviewDueAt is { } due)
            {
                proto.ReviewDue = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(due);
            }
            return proto;
        }));
        return response;
    }

    private static RpcException NoActiveProgramme() => new(new Status(StatusCode.NotFound, "patient_id: no current programme."));

    private async Task<Proto.Programme> ToProtoAsync(Programme programme, ProgrammeVersion version, CancellationToken cancellationToken)
    {
        var exercises = await library.ByIdAsync(version.Items.Select(i => i.ExerciseId), cancellationToken);
        return ProgrammeMapping.ToProto(programme, version, id => exercises.GetValueOrDefault(id));
    }
}
