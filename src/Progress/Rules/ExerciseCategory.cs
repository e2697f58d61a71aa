namespace Telehealth.Progress.Rules;

/// <summary>The exercise library's categories (CLINICAL.md, exercise library).</summary>
public enum ExerciseCategory
{
    LumbarStrengthening,
    IsolatedLumbarExtension,
    StabiliserActivation,
    GluteActivation,
    Stretch,
    Aerobic,
    Posture,
}
