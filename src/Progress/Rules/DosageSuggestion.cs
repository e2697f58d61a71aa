namespace Telehealth.Progress.Rules;

/// <summary>
/// A proposed change to one exercise, for the therapist to accept or decline.
/// <see cref="Suggested"/> is the whole dosage with the change applied.
/// </summary>
/// <param name="LimitedBy">Set when the step was clipped to a cap or ceiling.</param>
public sealed record DosageSuggestion(
    Guid ProgrammeItemId,
    SuggestionDirection Direction,
    DosageField Field,
    decimal From,
    decimal To,
    ProgrammeItemDosage Suggested,
    SuggestionLimit? LimitedBy,
    string Explanation) : RuleOutcome(Explanation);
