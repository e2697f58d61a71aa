namespace Telehealth.Prescription.Domain;

/// <summary>Changes to one existing item; a null property keeps what the item has.</summary>
public sealed record ItemUpdate(Guid ItemId)
{
    public Dosage? Dosage { get; init; }

    public RehabPhase? Phase { get; init; }

    public MovementMode? Mode { get; init; }

    public ProgressionSettings? Progression { get; init; }

    internal ProgrammeItemSpec ApplyTo(ProgrammeItem item) =>
        item.ToSpec() with
        {
            Dosage = Dosage ?? item.Dosage,
            Phase = Phase ?? item.Phase,
            Mode = Mode ?? item.Mode,
            Progression = Progression ?? item.Progression,
        };
}
