namespace Telehealth.Contracts.Events.V1;

/// <summary>One exercise of a programme version, with what the rules need to judge reports against it.</summary>
public sealed record ProgrammeItemSnapshot(
    Guid ItemId,
    Guid ExerciseId,
    string ExerciseName,
    string Category,
    DosageSnapshot Dosage,
    decimal? LoadStepKg,
    bool AutoProgression,
    decimal? MaxLoadKg,
    int? MaxHoldSeconds,
    DateTimeOffset? LoadLoweredByTherapistAt);
