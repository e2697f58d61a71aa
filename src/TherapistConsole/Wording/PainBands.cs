namespace Telehealth.TherapistConsole.Wording;

public static class PainBands
{
    public const int SafeUpTo = 2;
    public const int AcceptableUpTo = 5;
    public const int Highest = 10;

    public static PainBand Of(int pain) => pain switch
    {
        <= SafeUpTo => PainBand.Safe,
        <= AcceptableUpTo => PainBand.Acceptable,
        _ => PainBand.TooMuch,
    };

    /// <summary>The band's range and name as a therapist says it, e.g. "3–5 acceptable".</summary>
    public static string Describe(PainBand band) => band switch
    {
        PainBand.Safe => "0–2 safe",
        PainBand.Acceptable => "3–5 acceptable",
        _ => "above 5 too much",
    };

    /// <summary>The lowest and highest score in the band.</summary>
    public static (int Low, int High) Range(PainBand band) => band switch
    {
        PainBand.Safe => (0, SafeUpTo),
        PainBand.Acceptable => (SafeUpTo + 1, AcceptableUpTo),
        _ => (AcceptableUpTo + 1, Highest),
    };

    /// <summary>A name for markup and styles: "safe", "acceptable", "too-much".</summary>
    public static string CssName(PainBand band) => band switch
    {
        PainBand.Safe => "safe",
        PainBand.Acceptable => "acceptable",
        _ => "too-much",
    };
}
