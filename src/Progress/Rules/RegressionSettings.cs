namespace Telehealth.Progress.Rules;

/// <summary>
/// How far a dose steps back after a pain flare. CLINICAL.md asks for "back to the previous
/// dose, or about 10 % less; never halve by default"; a therapist can change these per
/// programme or per exercise through <see cref="ProgrammeItemDosage.Regression"/>.
/// </summary>
public sealed record RegressionSettings
{
    public static RegressionSettings Default { get; } = new();

    /// <summary>Used when there is no previous, lower load to go back to.</summary>
    public decimal LoadDecreasePercent { get; init; } = 10m;

    /// <summary>Body-weight exercises have no load to take off, so the top of the rep range comes down instead.</summary>
    public decimal RepsDecreasePercent { get; init; } = 10m;

    /// <summary>Holds come down by about this much, at least a second, when there is no previous, shorter hold.</summary>
    public decimal HoldDecreasePercent { get; init; } = 10m;

    /// <summary>A hold shorter than this is too short to activate the muscle, so holds never go below it.</summary>
    public int MinimumHoldSeconds { get; init; } = 5;

    public decimal AerobicMinutesDecreasePercent { get; init; } = 10m;

    /// <summary>
    /// Whether a step back may take half the dose or more (one load step on light equipment can
    /// be half the load). Off by default: a halved dose is the therapist's call, not the rules'.
    /// </summary>
    public bool AllowHalving { get; init; }
}
