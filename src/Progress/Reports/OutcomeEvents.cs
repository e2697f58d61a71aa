using System.Diagnostics;
using System.Text.Json;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;
using Telehealth.Progress.Events;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.Progress.Reports;

/// <summary>Turns what the rules decided into stored alerts, remembered suggestions and integration events.</summary>
internal static class OutcomeEvents
{
    /// <summary>
    /// A report that alerts a therapist keeps its trace, from the call to the therapist's screen,
    /// however few traces are sampled. Called before the events are published, so they carry it.
    /// </summary>
    public static void KeepTraceOfAlerts(SessionEvaluation evaluation)
    {
        if (evaluation.Alerts.Any())
        {
            TraceSampling.Keep(Activity.Current);
        }
    }

    public static void Publish(ProgressDbContext db, SessionEvaluation evaluation, FollowedVersion followed, Guid reportId, IReadOnlyList<RedFlag> redFlags, int painBefore, int painAfter, DateTimeOffset now)
    {
        KeepTraceOfAlerts(evaluation);
        var programme = followed.Programme;
        foreach (var alert in evaluation.Alerts)
        {
            db.Alerts.Add(new RaisedAlert
            {
                Id = Guid.NewGuid(),
                PatientId = programme.PatientId,
                TherapistId = programme.TherapistId,
                Kind = alert.Kind.ToString(),
                Explanation = alert.Explanation,
                RedFlags = JsonSerializer.Serialize(alert.Kind == AlertKind.RedFlag ? redFlags : [], ProgrammeCopies.Json),
                ReportId = reportId,
                RaisedAt = now,
            });
            switch (alert.Kind)
            {
                case AlertKind.RedFlag:
                    var advice = evaluation.ForPatient.FirstOrDefault(f => f.Tone == FeedbackTone.Urgent)?.Explanation ?? alert.Explanation;
                    db.Publish(new RedFlagReported(reportId, programme.PatientId, programme.TherapistId, redFlags.Select(f => f.ToString()).ToList(), advice, now), now);
                    break;
                case AlertKind.PainFlare or AlertKind.NextDayPainWorse:
                    db.Publish(new PainFlareDetected(reportId, programme.PatientId, programme.TherapistId, programme.ProgrammeId, painBefore, painAfter, alert.Explanation, now), now);
                    break;
            }
        }
        foreach (var suggestion in evaluation.Suggestions)
        {
            var item = followed.Items.First(i => i.ItemId == suggestion.ProgrammeItemId);
            var proposed = DosageMapping.Proposed(item, suggestion);
            var version = followed.Version;
            var suggestionId = Guid.NewGuid();
            if (suggestion.Direction == SuggestionDirection.Progression)
            {
                db.Publish(new ProgressionSuggested(suggestionId, programme.PatientId, programme.TherapistId, programme.ProgrammeId, version, item.ItemId, proposed, suggestion.Explanation, now, reportId), now);
            }
            else
            {
                db.Publish(new RegressionSuggested(suggestionId, programme.PatientId, programme.TherapistId, programme.ProgrammeId, version, item.ItemId, proposed, suggestion.Explanation, now, reportId), now);
            }
            db.Suggestions.Add(new MadeSuggestion
            {
                Id = suggestionId,
                ProgrammeId = programme.ProgrammeId,
                ProgrammeVersion = version,
                ProgrammeItemId = item.ItemId,
                Direction = suggestion.Direction.ToString(),
                ReportId = reportId,
                SuggestedAt = now,
            });
        }
        foreach (var offer in evaluation.ReviewOffers)
        {
            db.Publish(new ReviewRequested(Guid.NewGuid(), programme.PatientId, programme.TherapistId, offer.Explanation, offer.Because == AlertKind.RedFlag, now, reportId), now);
        }
    }
}
