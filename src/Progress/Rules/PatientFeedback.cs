namespace Telehealth.Progress.Rules;

/// <summary>A message for the patient; <see cref="RuleOutcome.Explanation"/> is the text shown.</summary>
public sealed record PatientFeedback(FeedbackTone Tone, string Explanation) : RuleOutcome(Explanation);
