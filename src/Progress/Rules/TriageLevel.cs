namespace Telehealth.Progress.Rules;

/// <summary>Most urgent first: the order a therapist should work through the caseload.</summary>
public enum TriageLevel
{
    RedFlag,
    PainFlare,
    LowAdherence,
    ReadyToProgress,
    Routine,
}
