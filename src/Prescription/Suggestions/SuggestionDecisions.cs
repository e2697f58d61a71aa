using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Grpc;
using Telehealth.Prescription.Programmes;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Suggestions;

/// <summary>The therapist's side of suggestions: see them, then approve, edit or reject each, or undo one applied automatically.</summary>
public sealed class SuggestionDecisions(PrescriptionDbContext db, ExerciseLibrary library, TimeProvider clock)
{
    private const string Method = "DecideSuggestion";

    public async Task<Proto.ListSuggestionsResponse> ListAsync(Proto.ListSuggestionsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        Guid? patientId = null;
        if (request.PatientId.Length > 0)
        {
            var errors = new FieldErrors();
            patientId = errors.Uuid("patient_id", request.PatientId);
            errors.ThrowIfAny();
        }
        var programmes = await db.ProgrammesWithVersions.AsNoTracking()
            .Where(p => p.TherapistId == caller.Id && (patientId == null || p.PatientId == patientId))
            .ToListAsync(cancellationToken);
        if (patientId is not null && programmes.Count == 0)
        {
            // Asking about someone else's patient is refused, as for every other read of their records.
            throw new RpcException(new Status(StatusCode.NotFound, "patient_id: no such patient in your care."));
        }
        var byId = programmes.ToDictionary(p => p.Id);
        var ids = byId.Keys.ToList();
        var suggestions = await db.Suggestions.AsNoTracking()
            .Where(s => ids.Contains(s.ProgrammeId) && (!request.PendingOnly || s.Status == SuggestionStatus.Pending))
            .ToListAsync(cancellationToken);
        var response = new Proto.ListSuggestionsResponse();
        response.Suggestions.AddRange(suggestions.OrderByDescending(s => s.ReceivedAt.UtcTicks).Select(s => ProgrammeMapping.ToProto(s, byId[s.ProgrammeId])));
        return response;
    }

    public async Task<Proto.DecideSuggestionResponse> DecideAsync(Proto.DecideSuggestionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var errors = new FieldErrors();
        errors.Uuid("request_id", request.RequestId);
        var suggestionId = errors.Uuid("suggestion_id", request.SuggestionId);
        if (request.Decision is not (Proto.Decision.Approve or Proto.Decision.Edit or Proto.Decision.Reject or Proto.Decision.Undo))
        {
            errors.Add("decision", "must be APPROVE, EDIT, REJECT or UNDO");
        }
        if (request.Decision == Proto.Decision.Edit && request.EditedDosage is null)
        {
            errors.Add("edited_dosage", "is required to edit");
        }
        if (request.Decision == Proto.Decision.Reject)
        {
            errors.Required("reason", request.Reason);
        }
        errors.MaxLength("reason", request.Reason, RequestLimits.DecisionReason);
        errors.MaxCount("edited_dosage.days", request.EditedDosage?.Days.Count ?? 0, RequestLimits.Days);
        errors.ThrowIfAny();
        if (await db.FindAnswerAsync(request.RequestId, Method, caller.Id, Proto.DecideSuggestionResponse.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }

        var suggestion = await db.Suggestions.FirstOrDefaultAsync(s => s.Id == suggestionId, cancellationToken);
        var programme = suggestion is null ? null : await db.ProgrammesWithVersions.FirstOrDefaultAsync(p => p.Id == suggestion.ProgrammeId, cancellationToken);
        if (suggestion is null || programme is null || programme.TherapistId != caller.Id)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "suggestion_id: no such suggestion in your care."));
        }

        var therapist = Actor.Therapist(caller.Id);
        var now = clock.GetUtcNow();
        var proposed = SuggestionAudit.Snapshot(suggestion);
        ProgrammeVersion? version = request.Decision switch
        {
            Proto.Decision.Approve => suggestion.Approve(programme, therapist, now),
            Proto.Decision.Edit => suggestion.Edit(programme, DosageMapping.ToDomain(request.EditedDosage), therapist, now, NullIfEmpty(request.Reason)),
            Proto.Decision.Undo => suggestion.Undo(programme, therapist, now, NullIfEmpty(request.Reason)),
            _ => Reject(suggestion, therapist, now, request.Reason),
        };
        if (version is not null)
        {
            ProgrammeEvents.Publish(db, programme, version);
            ProgrammeAudit.Record(db, programme, version, caller.ToString());
        }
        SuggestionAudit.RecordDecision(db, programme, suggestion, proposed, caller.ToString(), request.Reason);
        var exercises = await library.ByIdAsync(programme.Current.Items.Select(i => i.ExerciseId), cancellationToken);
        var answer = new Proto.DecideSuggestionResponse
        {
            Suggestion = ProgrammeMapping.ToProto(suggestion, programme),
            Programme = ProgrammeMapping.ToProto(programme, programme.Current, id => exercises.GetValueOrDefault(id)),
        };
        db.RememberAnswer(request.RequestId, Method, caller.Id, answer, now);
        return await db.SaveUnlessAnsweredMeanwhileAsync(request.RequestId, Method, caller.Id, Proto.DecideSuggestionResponse.Parser, cancellationToken) ?? answer;
    }

    private static ProgrammeVersion? Reject(ProgressionSuggestion suggestion, Actor therapist, DateTimeOffset at, string reason)
    {
        suggestion.Reject(therapist, at, reason);
        return null;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
