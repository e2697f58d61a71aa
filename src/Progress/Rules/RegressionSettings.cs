namespace Telehealth.Progress.Rules;

/// <summary>
/// How far a dose steps back after a pain flare. CLINICAL.md asks for "back to the previous
/// load or about 10 % less, fewer reps"; a therapist can change these per programme or per
/// exercise through <see cref="ProgrammeItemDosage.Regression"/>.
/// </summary>
public sealed record RegressionSettings
{
    public static RegressionSettings Default { get; } = new();

    /// <summary>Used when there is no previous, lower load to go back to.</summary>
    public decimal LoadDecreasePercent { get; init; } = 10m;

    /// <summary>Body-weight exercises have no load to take off, so the top of the rep range comes down instead.</summary>
    public decimal RepsDecreasePercent { get; init; } = 10m;

    /// <summary>The mirror of the smallest progression step for holds.</summary>
    public int HoldDecreaseSeconds { get; init; } = 5;

    /// <summary>A hold shorter than this is too short to activate the muscle, so holds never go below it.</summary>
    public int MinimumHoldSeconds { get; init; } = 5;

    public decimal AerobicMinutesDecreasePercent { get; init; } = 10m;
}
