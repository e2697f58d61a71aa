using Microsoft.AspNetCore.Authorization;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Progress.Reports;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Progress.Grpc;

/// <summary>telehealth.progress.v1.ProgressService: who is calling, then the use case.</summary>
[Authorize(Policy = CallerPolicies.Caller)]
public sealed class ProgressApi(
    SessionReportSubmission reports,
    SessionReportCorrection corrections,
    NextDayCheckSubmission nextDayChecks,
    OutcomeSubmission outcomes,
    PatientSummaries summaries) : ProgressService.ProgressServiceBase
{
    public override Task<SubmitSessionReportResponse> SubmitSessionReport(SubmitSessionReportRequest request, ServerCallContext context) =>
        reports.SubmitAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<CorrectSessionReportResponse> CorrectSessionReport(CorrectSessionReportRequest request, ServerCallContext context) =>
        corrections.CorrectAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<SubmitNextDayPainCheckResponse> SubmitNextDayPainCheck(SubmitNextDayPainCheckRequest request, ServerCallContext context) =>
        nextDayChecks.SubmitAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<SubmitOutcomeMeasureResponse> SubmitOutcomeMeasure(SubmitOutcomeMeasureRequest request, ServerCallContext context) =>
        outcomes.SubmitAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListSessionReportsResponse> ListSessionReports(ListSessionReportsRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var patientId = errors.Uuid("patient_id", request.PatientId);
        errors.ThrowIfAny();
        return summaries.ReportsAsync(patientId, request.Limit, context.GetCaller(), context.CancellationToken);
    }

    public override Task<PatientSummary> GetPatientSummary(GetPatientSummaryRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var patientId = errors.Uuid("patient_id", request.PatientId);
        errors.ThrowIfAny();
        return summaries.SummaryAsync(patientId, context.GetCaller(), context.CancellationToken);
    }

    [Authorize(Policy = CallerPolicies.Therapist)]
    public override Task<GetTriageResponse> GetTriage(GetTriageRequest request, ServerCallContext context) =>
        summaries.TriageAsync(context.GetCaller(), context.CancellationToken);
}
