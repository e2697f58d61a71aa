using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Progress.Data;
using Telehealth.Progress.Diagnostics;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

/// <summary>
/// The morning-after pain check: pain must be back to the usual level; if it is worse, the
/// load comes down (CLINICAL.md, pain monitoring model).
/// </summary>
public sealed class NextDayCheckSubmission(ProgressDbContext db, TimeProvider clock, ProgressMetrics metrics)
{
    private const string Method = "SubmitNextDayPainCheck";

    public async Task<Proto.SubmitNextDayPainCheckResponse> SubmitAsync(Proto.SubmitNextDayPainCheckRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var checkId = errors.Uuid("check_id", request.CheckId);
        var patientId = errors.Uuid("patient_id", request.PatientId);
        var reportId = errors.Uuid("report_id", request.ReportId);
        errors.InRange("pain", request.Pain, 0, 10).InRange("usual_pain", request.UsualPain, 0, 10);
        // Missing or out of range is a violation, so the default never outlives ThrowIfAny.
        var checkedAt = errors.Timestamp("checked_at", request.CheckedAt) ?? default;
        if (checkedAt > now.AddMinutes(10))
        {
            errors.Add("checked_at", "is in the future");
        }
        errors.ThrowIfAny();
        if (caller.Role != CallerRole.Patient || caller.Id != patientId)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Only the patient may report their own pain."));
        }
        if (await db.FindAnswerAsync(request.CheckId, Method, caller.Id, Proto.SubmitNextDayPainCheckResponse.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }

        var stored = await db.SessionReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId && r.PatientId == patientId, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "report_id: no such session report for this patient."));
        if (checkedAt < stored.PerformedAt)
        {
            throw RichStatus.InvalidArgument("checked_at", "is before the session it checks");
        }
        var followed = await ProgrammeLookup.FindAsync(db, stored.ProgrammeId, stored.ProgrammeVersion, stored.PatientId, cancellationToken);
        var check = new NextDayPainCheck(reportId, checkedAt, request.Pain, request.UsualPain);
        SessionEvaluation evaluation;
        try
        {
            evaluation = RepeatedSuggestions.Without(
                SessionEvaluator.EvaluateNextDayCheck(check, StoredReports.ToRules(stored), followed.Dosages, RuleSettings.Default),
                await SuggestionsAlreadyMade.ForAsync(db, followed, cancellationToken));
        }
        catch (InvalidRuleInputException invalid)
        {
            throw FieldPaths.InvalidArgument(invalid);
        }

        var response = new Proto.SubmitNextDayPainCheckResponse { TherapistAlerted = evaluation.Alerts.Any() };
        response.Feedback.AddRange(evaluation.ForPatient.Select(ReportMapping.ToProto));
        var storedCheck = new StoredNextDayCheck { Id = checkId, PatientId = patientId, ReportId = reportId, Pain = request.Pain, UsualPain = request.UsualPain, CheckedAt = checkedAt };
        db.NextDayChecks.Add(storedCheck);
        ReportAudit.NextDayCheck(db, storedCheck, caller, now);
        OutcomeEvents.Publish(db, evaluation, followed, reportId, [], request.UsualPain, request.Pain, now);
        db.RememberAnswer(request.CheckId, Method, caller.Id, response, now);
        if (await db.SaveUnlessAnsweredMeanwhileAsync(request.CheckId, Method, caller.Id, Proto.SubmitNextDayPainCheckResponse.Parser, cancellationToken) is { } first)
        {
            return first;
        }
        if (evaluation.Alerts.Any())
        {
            metrics.FlareDetected();
        }
        return response;
    }
}
