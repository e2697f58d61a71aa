namespace Telehealth.Progress.Rules;

/// <summary>
/// Something a rule decided. Every outcome carries an explanation in plain words, because a
/// therapist must be able to check an automatic decision and a patient to understand it.
/// </summary>
public abstract record RuleOutcome(string Explanation);
