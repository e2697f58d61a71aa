namespace Telehealth.Prescription.Domain;

/// <summary>One exercise of a template with its starting dosage.</summary>
public sealed record TemplateItem
{
    public required Guid ExerciseId { get; init; }

    public required Dosage Dosage { get; init; }

    public required RehabPhase Phase { get; init; }

    public required MovementMode Mode { get; init; }

    public ProgressionSettings Progression { get; init; } = ProgressionSettings.Manual;
}
