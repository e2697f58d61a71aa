using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Grpc.Core;
using Telehealth.Progress.Data;
using Telehealth.Progress.Grpc;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

/// <summary>Scores an ODI or Roland-Morris questionnaire and compares it with the patient's first one.</summary>
public sealed class OutcomeSubmission(ProgressDbContext db, TimeProvider clock)
{
    private const string Method = "SubmitOutcomeMeasure";

    public async Task<Proto.SubmitOutcomeMeasureResponse> SubmitAsync(Proto.SubmitOutcomeMeasureRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var outcomeId = errors.Uuid("outcome_id", request.OutcomeId);
        var patientId = errors.Uuid("patient_id", request.PatientId);
        if (request.Measure is not (Proto.OutcomeMeasure.OswestryDisabilityIndex or Proto.OutcomeMeasure.RolandMorris))
        {
            errors.Add("measure", "must be OSWESTRY_DISABILITY_INDEX or ROLAND_MORRIS");
        }
        // Missing or out of range is a violation, so the default never outlives ThrowIfAny.
        var completedAt = errors.Timestamp("completed_at", request.CompletedAt) ?? default;
        errors.MaxCount("answers", request.Answers.Count, RequestLimits.Answers);
        errors.ThrowIfAny();
        if (caller.Role != CallerRole.Patient || caller.Id != patientId)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Only the patient may answer their own questionnaire."));
        }
        if (await db.FindAnswerAsync(request.OutcomeId, Method, caller.Id, Proto.SubmitOutcomeMeasureResponse.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }

        var measure = request.Measure.ToString();
        var score = Score(request);
        var baseline = await db.Outcomes.AsNoTracking()
            .Where(o => o.PatientId == patientId && o.Measure == measure)
            .OrderBy(o => o.CompletedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var change = baseline is null ? null : Compare(request.Measure, baseline.Score, score);
        var response = new Proto.SubmitOutcomeMeasureResponse
        {
            OutcomeId = request.OutcomeId,
            Score = score,
            MinimalImportantChangeReached = change?.ImprovementReached == true,
            Interpretation = change?.Explanation ?? "This is the first score: later ones are compared with it.",
        };
        if (baseline is not null)
        {
            response.ChangeFromBaseline = score - baseline.Score;
        }

        var stored = new StoredOutcome
        {
            Id = outcomeId,
            PatientId = patientId,
            Measure = measure,
            Answers = string.Join(",", request.Answers),
            Score = score,
            ChangeFromBaseline = response.HasChangeFromBaseline ? response.ChangeFromBaseline : null,
            MinimalImportantChangeReached = response.MinimalImportantChangeReached,
            CompletedAt = completedAt,
        };
        db.Outcomes.Add(stored);
        ReportAudit.Outcome(db, stored, caller, now);
        var therapist = await db.Programmes.AsNoTracking().Where(p => p.PatientId == patientId).OrderByDescending(p => p.UpdatedAt).Select(p => p.TherapistId).FirstOrDefaultAsync(cancellationToken);
        db.Publish(new OutcomeRecorded(outcomeId, patientId, therapist, measure, score, response.HasChangeFromBaseline ? response.ChangeFromBaseline : null, response.MinimalImportantChangeReached, now), now);
        db.RememberAnswer(request.OutcomeId, Method, caller.Id, response, now);
        return await db.SaveUnlessAnsweredMeanwhileAsync(request.OutcomeId, Method, caller.Id, Proto.SubmitOutcomeMeasureResponse.Parser, cancellationToken) ?? response;
    }

    private static double Score(Proto.SubmitOutcomeMeasureRequest request)
    {
        try
        {
            return request.Measure == Proto.OutcomeMeasure.OswestryDisabilityIndex
                ? (double)OswestryDisabilityIndex.Score(request.Answers.Select(a => a == -1 ? (int?)null : a).ToList()).Percent
                : RolandMorrisQuestionnaire.Score(request.Answers.Select(a => a switch { 1 => true, 0 => (bool?)false, _ => null }).ToList());
        }
        catch (InvalidRuleInputException invalid)
        {
            throw RichStatus.InvalidArgument(invalid.Violations.Select(v => (FieldPaths.ToApi(v.Field).Replace("sections", "answers").Replace("items", "answers"), v.Description)));
        }
    }

    private static MinimalImportantChangeResult Compare(Proto.OutcomeMeasure measure, double baseline, double score) =>
        measure == Proto.OutcomeMeasure.OswestryDisabilityIndex
            ? MinimalImportantChange.ForOswestry((decimal)baseline, (decimal)score, MinimalImportantChangeSettings.Default)
            : MinimalImportantChange.ForRolandMorris((int)baseline, (int)score, MinimalImportantChangeSettings.Default);
}
