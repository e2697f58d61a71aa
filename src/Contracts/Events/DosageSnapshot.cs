namespace Telehealth.Contracts.Events.V1;

/// <summary>An item's dosage as prescribed; fields that do not apply to the exercise are null.</summary>
public sealed record DosageSnapshot(
    int? Sets,
    int? RepsMin,
    int? RepsMax,
    int? HoldSeconds,
    decimal? LoadKg,
    int? Minutes,
    int? SessionsPerWeek,
    IReadOnlyList<DayOfWeek> Days,
    int? RpeTarget,
    int? HoldsPerSide,
    int? IntervalMinutes);
