namespace Telehealth.Progress.Rules;

/// <summary>
/// Whether the change between two scores is big enough to matter to the patient. Lower is
/// better on all three measures.
/// </summary>
public sealed record MinimalImportantChangeResult(
    OutcomeMeasure Measure,
    decimal Baseline,
    decimal FollowUp,
    bool ImprovementReached,
    bool WorseningReached,
    string Explanation) : RuleOutcome(Explanation)
{
    public decimal Change => FollowUp - Baseline;
}
