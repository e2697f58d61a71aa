using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Programmes;

/// <summary>One exercise of a programme version as its audit records keep it: what, how much, and how far it may progress by itself.</summary>
internal sealed record ProgrammeItemAuditSnapshot(
    Guid ItemId,
    Guid ExerciseId,
    string ExerciseName,
    ExerciseCategory Category,
    RehabPhase Phase,
    MovementMode Mode,
    Dosage Dosage,
    bool AutoProgressionAllowed,
    decimal? MaxLoadKg,
    int? MaxHoldSeconds,
    int? MaxMinutes,
    decimal? LoadStepKg)
{
    public static ProgrammeItemAuditSnapshot Of(ProgrammeItem item) => new(
        item.ItemId,
        item.ExerciseId,
        item.ExerciseName,
        item.Category,
        item.Phase,
        item.Mode,
        item.Dosage,
        item.Progression.AutoProgressionAllowed,
        item.Progression.MaxLoadKg,
        item.Progression.MaxHoldSeconds,
        item.Progression.MaxMinutes,
        item.LoadStepKg);
}
