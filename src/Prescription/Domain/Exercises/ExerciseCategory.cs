namespace Telehealth.Prescription.Domain;

/// <summary>The exercise library's categories (CLINICAL.md, exercise library table).</summary>
public enum ExerciseCategory
{
    LumbarStrengthening,
    StabiliserActivation,
    GluteActivation,
    Stretch,
    Aerobic,
    Posture,
}
