using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.TherapistConsole.Components.Programmes;

/// <summary>A programme being prescribed or adjusted: its exercises in order, and why.</summary>
public sealed class ProgrammeDraft
{
    public List<DraftItem> Items { get; } = [];

    public string Reason { get; set; } = "";

    /// <summary>Days between reviews, for a new programme; empty leaves it to the service.</summary>
    public int? ReviewIntervalDays { get; set; }

    public bool Has(Exercise exercise) => Items.Any(item => item.Exercise.ExerciseId == exercise.ExerciseId);

    public IEnumerable<ProgrammeItemInput> ToInputs() => Items.Select(item => item.ToInput());
}
