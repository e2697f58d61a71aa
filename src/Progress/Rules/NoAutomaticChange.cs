namespace Telehealth.Progress.Rules;

/// <summary>
/// A change was due but the rules will not suggest one; the explanation says why, so the
/// therapist can decide by hand.
/// </summary>
public sealed record NoAutomaticChange(
    Guid ProgrammeItemId,
    SuggestionDirection Direction,
    NoChangeReason Reason,
    string Explanation) : RuleOutcome(Explanation);
