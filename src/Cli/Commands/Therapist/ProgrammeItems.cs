using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

internal static class ProgrammeItems
{
    /// <summary>An item as AdjustProgramme takes it back: same id, exercise, dosage and settings.</summary>
    public static ProgrammeItemInput ToInput(ProgrammeItem item) => new()
    {
        ItemId = item.ItemId,
        ExerciseId = item.ExerciseId,
        Dosage = item.Dosage?.Clone() ?? new Dosage(),
        Phase = item.Phase,
        Mode = item.Mode,
        Progression = item.Progression?.Clone(),
    };
}
