using Telehealth.Contracts.Prescription.V1;
using Telehealth.TherapistConsole.Components.Doses;

namespace Telehealth.TherapistConsole.Components.Programmes;

/// <summary>
/// One exercise of a programme being prescribed or adjusted: the exercise as the library has it,
/// the dose being edited, its phase and mode, and for an item the programme has already, its id and
/// progression settings, kept as they are.
/// </summary>
public sealed class DraftItem
{
    /// <summary>Empty for an exercise added now.</summary>
    public string ItemId { get; init; } = "";

    public required Exercise Exercise { get; init; }

    public required DoseForm Dose { get; init; }

    public RehabPhase Phase { get; set; }

    public MovementMode Mode { get; set; }

    public ProgressionSettings? Progression { get; init; }

    /// <summary>The dosage field groups the exercise uses, as the library lists them.</summary>
    public IReadOnlySet<string> Groups => Exercise.DosageFields.ToHashSet();

    public static DraftItem New(Exercise exercise) => new() { Exercise = exercise, Dose = new DoseForm() };

    public static DraftItem From(ProgrammeItemInput input, Exercise exercise) => new()
    {
        ItemId = input.ItemId,
        Exercise = exercise,
        Dose = DoseForm.From(input.Dosage),
        Phase = input.Phase,
        Mode = input.Mode,
        Progression = input.Progression?.Clone(),
    };

    /// <summary>The item as the programme has it; an exercise no longer in the library keeps the fields its dose uses.</summary>
    public static DraftItem From(ProgrammeItem item, Exercise? exercise)
    {
        var dose = DoseForm.From(item.Dosage);
        var known = exercise ?? new Exercise
        {
            ExerciseId = item.ExerciseId,
            Name = item.ExerciseName,
            Category = item.Category,
            DosageFields = { dose.GroupsInUse() },
        };
        return new DraftItem { ItemId = item.ItemId, Exercise = known, Dose = dose, Phase = item.Phase, Mode = item.Mode, Progression = item.Progression?.Clone() };
    }

    public ProgrammeItemInput ToInput() => new()
    {
        ItemId = ItemId,
        ExerciseId = Exercise.ExerciseId,
        Dosage = Dose.ToDosage(Groups),
        Phase = Phase,
        Mode = Mode,
        Progression = Progression?.Clone(),
    };
}
