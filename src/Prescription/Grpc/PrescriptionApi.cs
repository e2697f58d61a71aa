using Microsoft.AspNetCore.Authorization;
using Telehealth.Contracts.Prescription.V1;
using Grpc.Core;
using Telehealth.Prescription.Programmes;
using Telehealth.Prescription.Suggestions;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Prescription.Grpc;

/// <summary>telehealth.prescription.v1.PrescriptionService: who is calling, then the use case.</summary>
[Authorize(Policy = CallerPolicies.Caller)]
public sealed class PrescriptionApi(ProgrammeCommands commands, ProgrammeQueries queries, SuggestionDecisions suggestions, ExerciseCatalogueApi exercises) : PrescriptionService.PrescriptionServiceBase
{
    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<SearchExercisesResponse> SearchExercises(SearchExercisesRequest request, ServerCallContext context) =>
        exercises.SearchAsync(request, context.GetCaller(), context.CancellationToken);

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<Exercise> AddExercise(AddExerciseRequest request, ServerCallContext context) =>
        exercises.AddAsync(request, context.GetCaller(), context.CancellationToken);

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<ListTemplatesResponse> ListTemplates(ListTemplatesRequest request, ServerCallContext context) =>
        Task.FromResult(exercises.Templates(context.GetCaller()));

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<Programme> PrescribeProgramme(PrescribeProgrammeRequest request, ServerCallContext context) =>
        commands.PrescribeAsync(request, context.GetCaller(), context.CancellationToken);

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<Programme> AdjustProgramme(AdjustProgrammeRequest request, ServerCallContext context) =>
        commands.AdjustAsync(request, context.GetCaller(), context.CancellationToken);

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<Programme> ChangeProgrammeStatus(ChangeProgrammeStatusRequest request, ServerCallContext context) =>
        commands.ChangeStatusAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Programme> GetProgramme(GetProgrammeRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var programmeId = errors.Uuid("programme_id", request.ProgrammeId);
        errors.ThrowIfAny();
        return queries.GetAsync(programmeId, request.HasVersion ? request.Version : null, context.GetCaller(), context.CancellationToken);
    }

    public override Task<Programme> GetActiveProgramme(GetActiveProgrammeRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var patientId = errors.Uuid("patient_id", request.PatientId);
        errors.ThrowIfAny();
        return queries.GetActiveAsync(patientId, context.GetCaller(), context.CancellationToken);
    }

    public override Task<ProgrammeHistory> GetProgrammeHistory(GetProgrammeHistoryRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var programmeId = errors.Uuid("programme_id", request.ProgrammeId);
        errors.ThrowIfAny();
        return queries.HistoryAsync(programmeId, context.GetCaller(), context.CancellationToken);
    }

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<ListCaseloadResponse> ListCaseload(ListCaseloadRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (request.TherapistId.Length > 0 && request.TherapistId != caller.Id.ToString())
        {
            throw new global::Grpc.Core.RpcException(new Status(global::Grpc.Core.StatusCode.PermissionDenied, "therapist_id: a therapist sees only their own caseload."));
        }
        return queries.CaseloadAsync(caller, context.CancellationToken);
    }

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<ListSuggestionsResponse> ListSuggestions(ListSuggestionsRequest request, ServerCallContext context) =>
        suggestions.ListAsync(request, context.GetCaller(), context.CancellationToken);

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<DecideSuggestionResponse> DecideSuggestion(DecideSuggestionRequest request, ServerCallContext context) =>
        suggestions.DecideAsync(request, context.GetCaller(), context.CancellationToken);
}
