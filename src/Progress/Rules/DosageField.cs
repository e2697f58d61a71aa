namespace Telehealth.Progress.Rules;

/// <summary>The one dosage field a suggestion changes.</summary>
public enum DosageField
{
    LoadKg,

    /// <summary>The top of the rep range; the bottom follows it down if needed.</summary>
    RepsMax,

    HoldSeconds,
    Minutes,
}
