namespace Telehealth.Progress.Rules;

/// <summary>The patient is offered a review earlier than planned (CLINICAL.md, pain flare).</summary>
public sealed record ReviewOffer(AlertKind Because, string Explanation) : RuleOutcome(Explanation);
