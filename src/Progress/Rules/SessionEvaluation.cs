namespace Telehealth.Progress.Rules;

/// <summary>Everything the rules decided about one session, in the order it should be shown.</summary>
public sealed record SessionEvaluation(Guid SessionId, Guid PatientId, IReadOnlyList<RuleOutcome> Outcomes)
{
    public IEnumerable<PatientFeedback> ForPatient => Outcomes.OfType<PatientFeedback>();

    public IEnumerable<TherapistAlert> Alerts => Outcomes.OfType<TherapistAlert>();

    public IEnumerable<DosageSuggestion> Suggestions => Outcomes.OfType<DosageSuggestion>();

    public IEnumerable<ReviewOffer> ReviewOffers => Outcomes.OfType<ReviewOffer>();

    public IEnumerable<NoAutomaticChange> NoAutomaticChanges => Outcomes.OfType<NoAutomaticChange>();
}
