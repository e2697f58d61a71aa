namespace Telehealth.TherapistConsole.Wording;

/// <summary>
/// The pain monitoring model's bands for pain during and after exercise (CLINICAL.md): 0–2 safe,
/// 3–5 acceptable, above 5 too much.
/// </summary>
public enum PainBand
{
    Safe,
    Acceptable,
    TooMuch,
}
