using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
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
/// Takes a session report: checks it against the programme version it follows, runs the rules,
/// and stores the report, its audit record, the alerts and the events they cause in one
/// transaction. The patient gets the rules' feedback at once; a retry with the same report id
/// gets the same answer. Reports that finish together are written together (<see cref="GroupCommit{TContext}"/>).
/// </summary>
public sealed class SessionReportSubmission(ProgressDbContext db, TimeProvider clock, ProgressMetrics metrics, GroupCommit<ProgressDbContext> commits)
{
    private const string Method = "SubmitSessionReport";
    private const int HistorySessions = 10;

    public async Task<Proto.SubmitSessionReportResponse> SubmitAsync(Proto.SubmitSessionReportRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        SessionReportValidation.Validate(request, now);
        var patientId = Guid.Parse(request.PatientId);
        if (caller.Role != CallerRole.Patient || caller.Id != patientId)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Only the patient may report their own sessions."));
        }
        // A report reads about ten times before it writes: one connection from the pool for all of
        // them, rather than one taken and given back per query, whose lock the calls contended for.
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (await db.FindAnswerAsync(request.ReportId, Method, caller.Id, Proto.SubmitSessionReportResponse.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }

        var reportId = Guid.Parse(request.ReportId);
        var followed = await ProgrammeLookup.FindAsync(db, Guid.Parse(request.ProgrammeId), request.ProgrammeVersion, patientId, cancellationToken);
        var report = new SessionReport(
            reportId,
            patientId,
            followed.Programme.ProgrammeId,
            request.PerformedAt.ToDateTimeOffset(),
            request.PainBefore,
            request.PainAfter,
            request.Exercises.Select(ReportMapping.ToRules).ToList(),
            request.RedFlags.Select(answer => new RedFlagAnswer(ReportMapping.ToRules(answer.Flag), answer.Present)).ToList());
        var history = await HistoryAsync(followed.Programme.ProgrammeId, patientId, cancellationToken);
        var alreadyMade = await SuggestionsAlreadyMade.ForAsync(db, followed, cancellationToken);
        var onHold = await RedFlagHold.AppliesAsync(db, followed.Programme, cancellationToken);
        var evaluation = RepeatedSuggestions.Without(Evaluate(report, followed, history, onHold), alreadyMade);

        var response = Respond(reportId, evaluation);
        OutcomeEvents.KeepTraceOfAlerts(evaluation);
        var stored = Store(request, report, followed, evaluation, now);
        stored.OnScheduledDay = stored.PlannedSessionId is not null || IsOnScheduledDay(report, followed, history);
        ReportAudit.Submitted(db, stored, caller, now);
        db.RememberAnswer(request.ReportId, Method, caller.Id, response, now);
        if (await db.SaveUnlessAnsweredMeanwhileAsync(request.ReportId, Method, caller.Id, Proto.SubmitSessionReportResponse.Parser, ct => commits.SaveChangesAsync(db, ct), cancellationToken) is { } first)
        {
            return first;
        }
        Count(evaluation);
        return response;
    }

    private static SessionEvaluation Evaluate(SessionReport report, FollowedVersion followed, SessionHistory history, bool onHold)
    {
        try
        {
            return SessionEvaluator.Evaluate(report, followed.Dosages, history, RuleSettings.Default, onHold);
        }
        catch (InvalidRuleInputException invalid)
        {
            throw FieldPaths.InvalidArgument(invalid);
        }
    }

    private async Task<SessionHistory> HistoryAsync(Guid programmeId, Guid patientId, CancellationToken cancellationToken)
    {
        var recent = await ReportQueries.RecentReportsAsync(db, programmeId, HistorySessions, cancellationToken);
        var checks = recent.Count == 0 ? [] : await ReportQueries.ChecksOfRecentReportsAsync(db, programmeId, HistorySessions, cancellationToken);
        return new SessionHistory(
            recent.Select(StoredReports.ToRules).ToList(),
            checks.Select(c => new NextDayPainCheck(c.ReportId, c.CheckedAt, c.Pain, c.UsualPain)).ToList())
        {
            PatientTimeZone = await PatientDays.TimeZoneAsync(db, patientId, cancellationToken),
            LastProgressionAt = await LastProgressionsAsync(programmeId, cancellationToken),
        };
    }

    /// <summary>For each exercise, when the session that earned its last progression suggestion was done.</summary>
    private async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastProgressionsAsync(Guid programmeId, CancellationToken cancellationToken)
    {
        var earned = await ReportQueries.EarnedAsync(db, programmeId, nameof(SuggestionDirection.Progression), cancellationToken);
        return earned
            .GroupBy(e => e.ProgrammeItemId)
            .ToDictionary(g => g.Key, g => g.Max(e => e.PerformedAt));
    }

    /// <summary>Whether any exercise done was planned for the report's day where the patient lives.</summary>
    private static bool IsOnScheduledDay(SessionReport report, FollowedVersion followed, SessionHistory history)
    {
        var day = history.DayOf(report.CompletedAt).DayOfWeek;
        return report.Exercises
            .Where(e => !e.Skipped)
            .Select(e => followed.Dosages.FirstOrDefault(d => d.ProgrammeItemId == e.ProgrammeItemId))
            .Any(d => d is not null && d.IsScheduledOn(day));
    }

    private static Proto.SubmitSessionReportResponse Respond(Guid reportId, SessionEvaluation evaluation)
    {
        var response = new Proto.SubmitSessionReportResponse
        {
            ReportId = reportId.ToString(),
            TherapistAlerted = evaluation.Alerts.Any(),
        };
        response.Feedback.AddRange(evaluation.ForPatient.Select(ReportMapping.ToProto));
        return response;
    }

    private StoredSessionReport Store(Proto.SubmitSessionReportRequest request, SessionReport report, FollowedVersion followed, SessionEvaluation evaluation, DateTimeOffset now)
    {
        var programme = followed.Programme;
        var redFlags = report.RedFlagAnswers.Where(a => a.Present).Select(a => a.Flag).Distinct().ToList();
        var stored = new StoredSessionReport
        {
            Id = report.SessionId,
            PatientId = report.PatientId,
            ProgrammeId = programme.ProgrammeId,
            ProgrammeVersion = request.ProgrammeVersion,
            PlannedSessionId = Guid.TryParse(request.PlannedSessionId, out var planned) ? planned : null,
            PerformedAt = report.CompletedAt,
            ReceivedAt = now,
            PainBefore = report.PainBefore,
            PainAfter = report.PainAfter,
            Exercises = JsonSerializer.Serialize(report.Exercises, ProgrammeCopies.Json),
            RedFlagAnswers = JsonSerializer.Serialize(report.RedFlagAnswers, ProgrammeCopies.Json),
            Notes = request.Notes,
            RedFlag = redFlags.Count > 0,
            Flare = evaluation.Alerts.Any(a => a.Kind == AlertKind.PainFlare),
        };
        db.SessionReports.Add(stored);

        db.Publish(new SessionReported(
            report.SessionId, report.PatientId, programme.ProgrammeId, request.ProgrammeVersion,
            Guid.TryParse(request.PlannedSessionId, out var plannedSession) ? plannedSession : null,
            report.CompletedAt,
            report.Exercises.Count(e => !e.Skipped),
            report.Exercises.Count(e => e.Skipped)), now);
        OutcomeEvents.Publish(db, evaluation, followed, report.SessionId, redFlags, report.PainBefore, report.PainAfter, now);
        return stored;
    }

    private void Count(SessionEvaluation evaluation)
    {
        metrics.ReportReceived();
        if (evaluation.Alerts.Any(a => a.Kind == AlertKind.RedFlag))
        {
            metrics.RedFlagReported();
        }
        if (evaluation.Alerts.Any(a => a.Kind is AlertKind.PainFlare or AlertKind.NextDayPainWorse))
        {
            metrics.FlareDetected();
        }
        foreach (var suggestion in evaluation.Suggestions)
        {
            metrics.SuggestionMade(suggestion.Direction.ToString().ToLowerInvariant());
        }
    }
}
