namespace Telehealth.Progress.Rules;

/// <summary>
/// A dose change is put to the therapist once for each exercise, direction and programme
/// version. Every good session after the first qualifying pair still qualifies, and every
/// flare of the same dose still calls for less; repeating the suggestion each time would
/// send the therapist the same "ready to progress" again and again. Approved, the programme
/// gets a new version and suggestions start afresh; rejected, the therapist has chosen the
/// dose and is not asked again until they change it. Alerts are never held back.
/// </summary>
public static class RepeatedSuggestions
{
    public static SessionEvaluation Without(SessionEvaluation evaluation, IReadOnlyCollection<SuggestionMade> alreadyMade)
    {
        if (alreadyMade.Count == 0)
        {
            return evaluation;
        }
        var kept = evaluation.Outcomes
            .Where(outcome => outcome is not DosageSuggestion suggestion
                || !alreadyMade.Contains(new SuggestionMade(suggestion.ProgrammeItemId, suggestion.Direction)))
            .ToList();
        return evaluation with { Outcomes = kept };
    }
}
