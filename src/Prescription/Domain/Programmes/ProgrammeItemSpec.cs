namespace Telehealth.Prescription.Domain;

/// <summary>
/// An item as the therapist asks for it. <see cref="ItemId"/> is empty for a new item and names
/// the existing item when adjusting, so an item keeps its identity (and its progress history)
/// across versions. The exercise's name, category and load step are copied so that a version
/// says what was prescribed even if the library changes later.
/// </summary>
public sealed record ProgrammeItemSpec(
    Guid ExerciseId,
    string ExerciseName,
    ExerciseCategory Category,
    Dosage Dosage,
    RehabPhase Phase,
    MovementMode Mode)
{
    public ProgressionSettings Progression { get; init; } = ProgressionSettings.Manual;

    /// <summary>The equipment's smallest load step, which load progressions are rounded to.</summary>
    public decimal? LoadStepKg { get; init; }

    public Guid? ItemId { get; init; }

    public static ProgrammeItemSpec For(
        Exercise exercise,
        Dosage dosage,
        RehabPhase phase,
        MovementMode mode,
        ProgressionSettings? progression = null) =>
        new(exercise.Id, exercise.Name, exercise.Category, dosage, phase, mode)
        {
            Progression = progression ?? ProgressionSettings.Manual,
            LoadStepKg = exercise.EquipmentLoadStepKg,
        };
}
