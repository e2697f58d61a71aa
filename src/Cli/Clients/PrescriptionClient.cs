using Telehealth.Cli.Connection;
using Telehealth.Contracts.Prescription.V1;
using Grpc.Core;

namespace Telehealth.Cli.Clients;

/// <summary>The prescription service as the commands use it: the library, programmes, caseload and suggestions.</summary>
internal sealed class PrescriptionClient(ServiceConnection connection)
{
    private readonly PrescriptionService.PrescriptionServiceClient _client = new(connection.Invoker);

    public Task<SearchExercisesResponse> SearchExercisesAsync(SearchExercisesRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("SearchExercises", options => _client.SearchExercisesAsync(request, options), cancellationToken);

    public Task<Exercise> AddExerciseAsync(AddExerciseRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("AddExercise", options => _client.AddExerciseAsync(request, options), cancellationToken);
    }

    public Task<ListTemplatesResponse> ListTemplatesAsync(CancellationToken cancellationToken) =>
        connection.CallAsync("ListTemplates", options => _client.ListTemplatesAsync(new ListTemplatesRequest(), options), cancellationToken);

    public Task<Programme> PrescribeAsync(PrescribeProgrammeRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("PrescribeProgramme", options => _client.PrescribeProgrammeAsync(request, options), cancellationToken);
    }

    public Task<Programme> AdjustAsync(AdjustProgrammeRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("AdjustProgramme", options => _client.AdjustProgrammeAsync(request, options), cancellationToken);
    }

    public Task<Programme> ChangeStatusAsync(ChangeProgrammeStatusRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("ChangeProgrammeStatus", options => _client.ChangeProgrammeStatusAsync(request, options), cancellationToken);
    }

    public Task<Programme> GetProgrammeAsync(GetProgrammeRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("GetProgramme", options => _client.GetProgrammeAsync(request, options), cancellationToken);

    public Task<Programme> GetActiveProgrammeAsync(Guid patientId, CancellationToken cancellationToken) =>
        connection.CallAsync("GetActiveProgramme", options => _client.GetActiveProgrammeAsync(new GetActiveProgrammeRequest { PatientId = patientId.ToString() }, options), cancellationToken);

    public Task<ProgrammeHistory> GetHistoryAsync(string programmeId, CancellationToken cancellationToken) =>
        connection.CallAsync("GetProgrammeHistory", options => _client.GetProgrammeHistoryAsync(new GetProgrammeHistoryRequest { ProgrammeId = programmeId }, options), cancellationToken);

    public Task<ListCaseloadResponse> ListCaseloadAsync(CancellationToken cancellationToken) =>
        connection.CallAsync("ListCaseload", options => _client.ListCaseloadAsync(new ListCaseloadRequest(), options), cancellationToken);

    public Task<ListSuggestionsResponse> ListSuggestionsAsync(ListSuggestionsRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("ListSuggestions", options => _client.ListSuggestionsAsync(request, options), cancellationToken);

    public Task<DecideSuggestionResponse> DecideAsync(DecideSuggestionRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("DecideSuggestion", options => _client.DecideSuggestionAsync(request, options), cancellationToken);
    }
}
