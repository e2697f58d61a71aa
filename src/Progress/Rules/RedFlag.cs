namespace Telehealth.Progress.Rules;

/// <summary>
/// Signs of serious pathology (CLINICAL.md, red flags). Any one of them means urgent care,
/// never an automatic programme change.
/// </summary>
public enum RedFlag
{
    NewSaddleNumbness,
    NewBladderOrBowelControlDifficulty,
    ProgressiveLegWeakness,
    PainInBothLegs,
    Fever,
    UnexplainedWeightLoss,

    /// <summary>
    /// Night pain is a red flag only with a history of cancer, so the app asks it as one
    /// question of patients with that history.
    /// </summary>
    NightPainWithHistoryOfCancer,
}
