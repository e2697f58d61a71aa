using Telehealth.Cli.Connection;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Grpc.Client;

namespace Telehealth.Cli.Clients;

/// <summary>The progress service: what patients report and what therapists read from it.</summary>
internal sealed class ProgressClient(ServiceConnection connection)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = ProgressReflection.Descriptor.Services[0];
    private static readonly Method<SubmitSessionReportRequest, SubmitSessionReportResponse> ReportMethod = Rpc.Of<SubmitSessionReportRequest, SubmitSessionReportResponse>(Service, "SubmitSessionReport");
    private static readonly Method<SubmitNextDayPainCheckRequest, SubmitNextDayPainCheckResponse> PainCheckMethod = Rpc.Of<SubmitNextDayPainCheckRequest, SubmitNextDayPainCheckResponse>(Service, "SubmitNextDayPainCheck");
    private static readonly Method<SubmitOutcomeMeasureRequest, SubmitOutcomeMeasureResponse> OutcomeMethod = Rpc.Of<SubmitOutcomeMeasureRequest, SubmitOutcomeMeasureResponse>(Service, "SubmitOutcomeMeasure");
    private static readonly Method<ListSessionReportsRequest, ListSessionReportsResponse> ListReportsMethod = Rpc.Of<ListSessionReportsRequest, ListSessionReportsResponse>(Service, "ListSessionReports");
    private static readonly Method<GetPatientSummaryRequest, PatientSummary> SummaryMethod = Rpc.Of<GetPatientSummaryRequest, PatientSummary>(Service, "GetPatientSummary");
    private static readonly Method<GetTriageRequest, GetTriageResponse> TriageMethod = Rpc.Of<GetTriageRequest, GetTriageResponse>(Service, "GetTriage");

    public Task<SubmitSessionReportResponse> SubmitReportAsync(SubmitSessionReportRequest request, CancellationToken cancellationToken)
    {
        request.ReportId = RequestIds.Ensure(request.ReportId);
        return connection.CallAsync(ReportMethod, request, cancellationToken);
    }

    public Task<SubmitNextDayPainCheckResponse> SubmitPainCheckAsync(SubmitNextDayPainCheckRequest request, CancellationToken cancellationToken)
    {
        request.CheckId = RequestIds.Ensure(request.CheckId);
        return connection.CallAsync(PainCheckMethod, request, cancellationToken);
    }

    public Task<SubmitOutcomeMeasureResponse> SubmitOutcomeAsync(SubmitOutcomeMeasureRequest request, CancellationToken cancellationToken)
    {
        request.OutcomeId = RequestIds.Ensure(request.OutcomeId);
        return connection.CallAsync(OutcomeMethod, request, cancellationToken);
    }

    public Task<ListSessionReportsResponse> ListReportsAsync(Guid patientId, int limit, CancellationToken cancellationToken) =>
        connection.CallAsync(ListReportsMethod, new ListSessionReportsRequest { PatientId = patientId.ToString(), Limit = limit }, cancellationToken);

    public Task<PatientSummary> GetSummaryAsync(Guid patientId, CancellationToken cancellationToken) =>
        connection.CallAsync(SummaryMethod, new GetPatientSummaryRequest { PatientId = patientId.ToString() }, cancellationToken);

    public Task<GetTriageResponse> GetTriageAsync(CancellationToken cancellationToken) =>
        connection.CallAsync(TriageMethod, new GetTriageRequest(), cancellationToken);
}
