using Telehealth.Cli.Connection;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;

namespace Telehealth.Cli.Clients;

/// <summary>The progress service: what patients report and what therapists read from it.</summary>
internal sealed class ProgressClient(ServiceConnection connection)
{
    private readonly ProgressService.ProgressServiceClient _client = new(connection.Invoker);

    public Task<SubmitSessionReportResponse> SubmitReportAsync(SubmitSessionReportRequest request, CancellationToken cancellationToken)
    {
        request.ReportId = RequestIds.Ensure(request.ReportId);
        return connection.CallAsync("SubmitSessionReport", options => _client.SubmitSessionReportAsync(request, options), cancellationToken);
    }

    public Task<SubmitNextDayPainCheckResponse> SubmitPainCheckAsync(SubmitNextDayPainCheckRequest request, CancellationToken cancellationToken)
    {
        request.CheckId = RequestIds.Ensure(request.CheckId);
        return connection.CallAsync("SubmitNextDayPainCheck", options => _client.SubmitNextDayPainCheckAsync(request, options), cancellationToken);
    }

    public Task<SubmitOutcomeMeasureResponse> SubmitOutcomeAsync(SubmitOutcomeMeasureRequest request, CancellationToken cancellationToken)
    {
        request.OutcomeId = RequestIds.Ensure(request.OutcomeId);
        return connection.CallAsync("SubmitOutcomeMeasure", options => _client.SubmitOutcomeMeasureAsync(request, options), cancellationToken);
    }

    public Task<CorrectSessionReportResponse> CorrectReportAsync(CorrectSessionReportRequest request, CancellationToken cancellationToken)
    {
        request.CorrectionId = RequestIds.Ensure(request.CorrectionId);
        return connection.CallAsync("CorrectSessionReport", options => _client.CorrectSessionReportAsync(request, options), cancellationToken);
    }

    public Task<ListSessionReportsResponse> ListReportsAsync(Guid patientId, int limit, CancellationToken cancellationToken) =>
        connection.CallAsync("ListSessionReports", options => _client.ListSessionReportsAsync(new ListSessionReportsRequest { PatientId = patientId.ToString(), Limit = limit }, options), cancellationToken);

    public Task<PatientSummary> GetSummaryAsync(Guid patientId, CancellationToken cancellationToken) =>
        connection.CallAsync("GetPatientSummary", options => _client.GetPatientSummaryAsync(new GetPatientSummaryRequest { PatientId = patientId.ToString() }, options), cancellationToken);

    public Task<GetTriageResponse> GetTriageAsync(CancellationToken cancellationToken) =>
        connection.CallAsync("GetTriage", options => _client.GetTriageAsync(new GetTriageRequest(), options), cancellationToken);
}
