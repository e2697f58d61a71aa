namespace Telehealth.Progress.Rules;

/// <summary>
/// An earlier review than planned (CLINICAL.md, pain flare), asked of the therapist: the
/// explanation is worded for them. The patient hears of it in the session's feedback, whether
/// or not a time can be booked at once.
/// </summary>
public sealed record ReviewOffer(AlertKind Because, string Explanation) : RuleOutcome(Explanation);
