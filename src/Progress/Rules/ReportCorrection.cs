namespace Telehealth.Progress.Rules;

/// <summary>
/// What a patient's correction of an earlier report may change. It may come only while the
/// session is fresh in mind, and it can add to what the therapist was told but never take
/// anything back: an alert already raised stays raised, whatever the corrected numbers say.
/// </summary>
public static class ReportCorrection
{
    /// <summary>How long after sending a report the patient may correct it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public static bool IsOpen(DateTimeOffset reportReceivedAt, DateTimeOffset now) => now - reportReceivedAt <= Window;

    /// <summary>
    /// What the corrected report adds to what the report as sent raised: alerts of a kind not
    /// raised yet, with the review offer and the easier doses that go with them (a pain flare's
    /// alert says both were made). Never a progression: a corrected past session is no occasion
    /// to load more, and the next report will show whether the patient is ready.
    /// </summary>
    public static SessionEvaluation Additions(SessionEvaluation corrected, IReadOnlyCollection<AlertKind> alreadyRaised)
    {
        var added = corrected.Alerts.Select(a => a.Kind).Where(kind => !alreadyRaised.Contains(kind)).ToHashSet();
        var outcomes = corrected.Outcomes.Where(outcome => outcome switch
        {
            TherapistAlert alert => added.Contains(alert.Kind),
            ReviewOffer offer => added.Contains(offer.Because),
            DosageSuggestion suggestion => suggestion.Direction == SuggestionDirection.Regression && added.Contains(AlertKind.PainFlare),
            _ => false,
        });
        return corrected with { Outcomes = outcomes.ToList() };
    }
}
