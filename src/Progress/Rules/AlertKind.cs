namespace Telehealth.Progress.Rules;

public enum AlertKind
{
    RedFlag,
    PainFlare,
    NextDayPainWorse,
    LowAdherence,
}
