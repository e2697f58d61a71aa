namespace Telehealth.Progress.Rules;

/// <summary>Minimal important change per outcome measure (Ostelo et al., Spine 2008).</summary>
public sealed record MinimalImportantChangeSettings
{
    public static MinimalImportantChangeSettings Default { get; } = new();

    /// <summary>Oswestry Disability Index, in percentage points.</summary>
    public decimal OswestryPoints { get; init; } = 10m;

    public int RolandMorrisPoints { get; init; } = 5;

    public int PainNrsPoints { get; init; } = 2;

    /// <summary>A relative fall in pain counts too: 30 % of the baseline, whichever is reached first.</summary>
    public decimal PainNrsPercent { get; init; } = 30m;
}
