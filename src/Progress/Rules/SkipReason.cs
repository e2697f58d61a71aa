namespace Telehealth.Progress.Rules;

public enum SkipReason
{
    Pain,
    NoTime,
    Unwell,
    NoEquipment,
    Other,
}
