namespace Telehealth.Prescription.Domain;

/// <summary>What a programme version records. Status changes are versions too, so the history shows them with who, when and why.</summary>
public enum ProgrammeChangeKind
{
    Prescribed,
    Adjusted,
    Paused,
    Resumed,
    Completed,
    Held,
}
