namespace Telehealth.Prescription.Domain;

/// <summary>The groups of dosage fields an exercise category uses (CLINICAL.md, exercise library).</summary>
[Flags]
public enum DosageFields
{
    None = 0,
    Sets = 1,

    /// <summary>The target rep range: reps_min and reps_max.</summary>
    Reps = 2,

    Hold = 4,
    Load = 8,
    RangeOfMotion = 16,
    Minutes = 32,

    /// <summary>Sessions per week or specific days of the week.</summary>
    Frequency = 64,

    Intensity = 128,
    HoldsPerSide = 256,
    Interval = 512,
}
