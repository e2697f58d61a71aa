namespace Telehealth.Progress.Rules;

/// <summary>Each red flag in words a patient and a therapist both understand.</summary>
public static class RedFlagWording
{
    public static string Describe(RedFlag flag) => flag switch
    {
        RedFlag.NewSaddleNumbness => "new numbness in the saddle area (between the legs or around the back passage)",
        RedFlag.NewBladderOrBowelControlDifficulty => "new difficulty controlling your bladder or bowel",
        RedFlag.ProgressiveLegWeakness => "leg weakness that is getting worse",
        RedFlag.PainInBothLegs => "pain in both legs",
        RedFlag.Fever => "fever",
        RedFlag.UnexplainedWeightLoss => "weight loss without a known reason",
        RedFlag.NightPainWithHistoryOfCancer => "pain at night, with a history of cancer",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown red flag"),
    };
}
