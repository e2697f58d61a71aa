namespace Telehealth.Progress.Rules;

/// <summary>The 0–10 numeric rating scale (LOINC 72514-3), also used for RPE.</summary>
internal static class PainScale
{
    public const int Min = 0;
    public const int Max = 10;

    public static bool Contains(int value) => value is >= Min and <= Max;

    public static void Require(int value, string field)
    {
        if (!Contains(value))
        {
            throw new InvalidRuleInputException(field, $"{value} is outside the 0–10 scale");
        }
    }
}
