namespace Telehealth.Progress.Rules;

public enum OutcomeMeasure
{
    OswestryDisabilityIndex,
    RolandMorris,
    PainNrs,
}
