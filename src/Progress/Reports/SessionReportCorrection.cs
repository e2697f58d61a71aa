using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Progress.Data;
using Telehealth.Progress.Diagnostics;
using Telehealth.Progress.Events;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

/// <summary>
/// The patient corrects a report they sent: the corrected values replace the stored ones, so
/// summaries and later rules read them, and the report as it was goes into the audit trail with
/// the reason. What the report raised stays raised (<see cref="ReportCorrection"/>); what the
/// correction adds is raised with it, in the same transaction.
/// </summary>
public sealed class SessionReportCorrection(ProgressDbContext db, TimeProvider clock, ProgressMetrics metrics)
{
    private const string Method = "CorrectSessionReport";

    public async Task<Proto.CorrectSessionReportResponse> CorrectAsync(Proto.CorrectSessionReportRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var (_, patientId, reportId) = CorrectionValidation.Validate(request);
        if (caller.Role != CallerRole.Patient || caller.Id != patientId)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Only the patient may correct their own reports."));
        }

        // Two corrections of one report must not both start from the same version of it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FindAnswerAsync(request.CorrectionId, Method, caller.Id, Proto.CorrectSessionReportResponse.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var now = ToMillisecond(clock.GetUtcNow());
        var stored = await db.SessionReports.FirstOrDefaultAsync(r => r.Id == reportId && r.PatientId == patientId, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "report_id: no such session report for this patient."));
        if (!ReportCorrection.IsOpen(stored.ReceivedAt, now))
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"report_id: a report can be corrected for {ReportCorrection.Window.TotalDays:0} days after it was sent."));
        }

        var followed = await ProgrammeLookup.FindAsync(db, stored.ProgrammeId, stored.ProgrammeVersion, patientId, cancellationToken);
        var corrected = StoredReports.ToRules(stored) with
        {
            PainBefore = request.PainBefore,
            PainAfter = request.PainAfter,
            Exercises = request.Exercises.Select(ReportMapping.ToRules).ToList(),
        };
        var raised = await db.Alerts.AsNoTracking().Where(a => a.ReportId == reportId).Select(a => a.Kind).ToListAsync(cancellationToken);
        var additions = RepeatedSuggestions.Without(
            ReportCorrection.Additions(Evaluate(corrected, followed), raised.Select(System.Enum.Parse<AlertKind>).ToList()),
            await SuggestionsAlreadyMade.ForAsync(db, followed, cancellationToken));

        var before = ReportAudit.Snapshot(stored);
        stored.PainBefore = corrected.PainBefore;
        stored.PainAfter = corrected.PainAfter;
        stored.Exercises = JsonSerializer.Serialize(corrected.Exercises, ProgrammeCopies.Json);
        stored.Notes = request.Notes;
        stored.Flare |= additions.Alerts.Any(a => a.Kind == AlertKind.PainFlare);
        stored.CorrectedAt = now;
        ReportAudit.Corrected(db, stored, before, caller, request.Reason.Trim(), now);
        var redFlags = corrected.RedFlagAnswers.Where(a => a.Present).Select(a => a.Flag).Distinct().ToList();
        OutcomeEvents.Publish(db, additions, followed, reportId, redFlags, corrected.PainBefore, corrected.PainAfter, now);

        var response = new Proto.CorrectSessionReportResponse
        {
            ReportId = reportId.ToString(),
            CorrectedAt = Timestamp.FromDateTimeOffset(now),
            TherapistAlerted = additions.Alerts.Any(),
        };
        db.RememberAnswer(request.CorrectionId, Method, caller.Id, response, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (additions.Alerts.Any())
        {
            metrics.FlareDetected();
        }
        return response;
    }

    private static SessionEvaluation Evaluate(SessionReport corrected, FollowedVersion followed)
    {
        try
        {
            // Only what the corrected session shows by itself counts here; progression is not considered (ReportCorrection).
            return SessionEvaluator.Evaluate(corrected, followed.Dosages, SessionHistory.Empty, RuleSettings.Default);
        }
        catch (InvalidRuleInputException invalid)
        {
            throw FieldPaths.InvalidArgument(invalid);
        }
    }

    // The database keeps instants to a tenth of a millisecond: the answer shows what a later read will.
    private static DateTimeOffset ToMillisecond(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
