namespace Telehealth.Progress.Rules;

/// <summary>The pain monitoring model's zones (Silbernagel et al. 2007).</summary>
public enum PainZone
{
    Safe,
    Acceptable,
    TooMuch,
}
