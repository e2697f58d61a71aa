namespace Telehealth.Progress.Rules;

/// <summary>Adherence windows and the alert level from CLINICAL.md.</summary>
public sealed record AdherenceSettings
{
    public static AdherenceSettings Default { get; } = new();

    public int ShortWindowDays { get; init; } = 7;

    public int LongWindowDays { get; init; } = 28;

    /// <summary>"Below 50 % over two weeks → therapist alert" (CLINICAL.md).</summary>
    public int AlertWindowDays { get; init; } = 14;

    /// <summary>Adherence strictly below this fraction raises the alert; exactly at it does not.</summary>
    public decimal AlertBelow { get; init; } = 0.5m;
}
