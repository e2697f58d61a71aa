namespace Telehealth.Progress.Rules;

/// <summary>
/// The pain monitoring model (Silbernagel et al., Am J Sports Med 2007;35:897, used here by
/// extension to low back pain): pain during exercise 0–2 is safe, 3–5 acceptable, above 5 too much.
/// </summary>
public static class PainMonitoringModel
{
    public static PainZone Classify(int pain, PainSettings settings)
    {
        PainScale.Require(pain, nameof(pain));
        if (pain <= settings.SafeUpTo)
        {
            return PainZone.Safe;
        }

        return pain <= settings.AcceptableUpTo ? PainZone.Acceptable : PainZone.TooMuch;
    }

    /// <summary>The zone with its range, e.g. "acceptable (3–5)".</summary>
    public static string Describe(PainZone zone, PainSettings settings) => zone switch
    {
        PainZone.Safe => $"safe (0–{settings.SafeUpTo})",
        PainZone.Acceptable => $"acceptable ({settings.SafeUpTo + 1}–{settings.AcceptableUpTo})",
        PainZone.TooMuch => $"too much (above {settings.AcceptableUpTo})",
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Unknown pain zone"),
    };
}
