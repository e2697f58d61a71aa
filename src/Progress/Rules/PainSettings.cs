namespace Telehealth.Progress.Rules;

/// <summary>
/// Pain thresholds on the 0–10 numeric rating scale (LOINC 72514-3). Defaults come from
/// CLINICAL.md; a therapist can change them per programme.
/// </summary>
public sealed record PainSettings
{
    public static PainSettings Default { get; } = new();

    /// <summary>Highest pain that is "safe" (pain monitoring model, Silbernagel et al. 2007: 0–2).</summary>
    public int SafeUpTo { get; init; } = 2;

    /// <summary>Highest pain that is "acceptable" (pain monitoring model: 3–5; above 5 is too much).</summary>
    public int AcceptableUpTo { get; init; } = 5;

    /// <summary>
    /// A rise from before to after a session of this many points is a flare: 2 points is the
    /// minimal important change for the NRS (Ostelo et al., Spine 2008), so a smaller rise is noise.
    /// </summary>
    public int FlareRiseOf { get; init; } = 2;

    /// <summary>
    /// How far above the usual level next-morning pain may be before it counts as worse. The pain
    /// monitoring model asks for pain "back to the usual level", so by default any rise counts.
    /// </summary>
    public int NextDayToleranceAboveUsual { get; init; }
}
