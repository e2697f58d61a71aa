namespace Telehealth.Prescription.Domain;

/// <summary>
/// Whether a progression suggestion for an item may be applied without the therapist, and the
/// caps it may not pass. Only the capped fields progress automatically: a field without a cap
/// was not authorised, so a change to it waits for the therapist.
/// </summary>
public sealed record ProgressionSettings
{
    /// <summary>Every change needs the therapist.</summary>
    public static ProgressionSettings Manual { get; } = new();

    public bool AutoProgressionAllowed { get; init; }

    public decimal? MaxLoadKg { get; init; }

    public int? MaxHoldSeconds { get; init; }

    /// <summary>For aerobic work, which progresses by minutes.</summary>
    public int? MaxMinutes { get; init; }

    public bool HasAnyCap => MaxLoadKg is not null || MaxHoldSeconds is not null || MaxMinutes is not null;

    public static ProgressionSettings AutomaticWithin(decimal? maxLoadKg = null, int? maxHoldSeconds = null, int? maxMinutes = null) =>
        new() { AutoProgressionAllowed = true, MaxLoadKg = maxLoadKg, MaxHoldSeconds = maxHoldSeconds, MaxMinutes = maxMinutes };
}
