using Telehealth.Cli.Connection;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Grpc.Client;

namespace Telehealth.Cli.Clients;

/// <summary>The prescription service as the commands use it: the library, programmes, caseload and suggestions.</summary>
internal sealed class PrescriptionClient(ServiceConnection connection)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = PrescriptionReflection.Descriptor.Services[0];
    private static readonly Method<SearchExercisesRequest, SearchExercisesResponse> SearchExercisesMethod = Rpc.Of<SearchExercisesRequest, SearchExercisesResponse>(Service, "SearchExercises");
    private static readonly Method<ListTemplatesRequest, ListTemplatesResponse> ListTemplatesMethod = Rpc.Of<ListTemplatesRequest, ListTemplatesResponse>(Service, "ListTemplates");
    private static readonly Method<PrescribeProgrammeRequest, Programme> PrescribeMethod = Rpc.Of<PrescribeProgrammeRequest, Programme>(Service, "PrescribeProgramme");
    private static readonly Method<AdjustProgrammeRequest, Programme> AdjustMethod = Rpc.Of<AdjustProgrammeRequest, Programme>(Service, "AdjustProgramme");
    private static readonly Method<ChangeProgrammeStatusRequest, Programme> ChangeStatusMethod = Rpc.Of<ChangeProgrammeStatusRequest, Programme>(Service, "ChangeProgrammeStatus");
    private static readonly Method<GetProgrammeRequest, Programme> GetProgrammeMethod = Rpc.Of<GetProgrammeRequest, Programme>(Service, "GetProgramme");
    private static readonly Method<GetActiveProgrammeRequest, Programme> GetActiveMethod = Rpc.Of<GetActiveProgrammeRequest, Programme>(Service, "GetActiveProgramme");
    private static readonly Method<GetProgrammeHistoryRequest, ProgrammeHistory> HistoryMethod = Rpc.Of<GetProgrammeHistoryRequest, ProgrammeHistory>(Service, "GetProgrammeHistory");
    private static readonly Method<ListCaseloadRequest, ListCaseloadResponse> CaseloadMethod = Rpc.Of<ListCaseloadRequest, ListCaseloadResponse>(Service, "ListCaseload");
    private static readonly Method<ListSuggestionsRequest, ListSuggestionsResponse> ListSuggestionsMethod = Rpc.Of<ListSuggestionsRequest, ListSuggestionsResponse>(Service, "ListSuggestions");
    private static readonly Method<DecideSuggestionRequest, DecideSuggestionResponse> DecideMethod = Rpc.Of<DecideSuggestionRequest, DecideSuggestionResponse>(Service, "DecideSuggestion");

    public Task<SearchExercisesResponse> SearchExercisesAsync(SearchExercisesRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync(SearchExercisesMethod, request, cancellationToken);

    public Task<ListTemplatesResponse> ListTemplatesAsync(CancellationToken cancellationToken) =>
        connection.CallAsync(ListTemplatesMethod, new ListTemplatesRequest(), cancellationToken);

    public Task<Programme> PrescribeAsync(PrescribeProgrammeRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync(PrescribeMethod, request, cancellationToken);
    }

    public Task<Programme> AdjustAsync(AdjustProgrammeRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync(AdjustMethod, request, cancellationToken);
    }

    public Task<Programme> ChangeStatusAsync(ChangeProgrammeStatusRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync(ChangeStatusMethod, request, cancellationToken);
    }

    public Task<Programme> GetProgrammeAsync(GetProgrammeRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync(GetProgrammeMethod, request, cancellationToken);

    public Task<Programme> GetActiveProgrammeAsync(Guid patientId, CancellationToken cancellationToken) =>
        connection.CallAsync(GetActiveMethod, new GetActiveProgrammeRequest { PatientId = patientId.ToString() }, cancellationToken);

    public Task<ProgrammeHistory> GetHistoryAsync(string programmeId, CancellationToken cancellationToken) =>
        connection.CallAsync(HistoryMethod, new GetProgrammeHistoryRequest { ProgrammeId = programmeId }, cancellationToken);

    public Task<ListCaseloadResponse> ListCaseloadAsync(CancellationToken cancellationToken) =>
        connection.CallAsync(CaseloadMethod, new ListCaseloadRequest(), cancellationToken);

    public Task<ListSuggestionsResponse> ListSuggestionsAsync(ListSuggestionsRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync(ListSuggestionsMethod, request, cancellationToken);

    public Task<DecideSuggestionResponse> DecideAsync(DecideSuggestionRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync(DecideMethod, request, cancellationToken);
    }
}
