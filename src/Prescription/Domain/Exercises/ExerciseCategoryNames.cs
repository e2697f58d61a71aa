namespace Telehealth.Prescription.Domain;

/// <summary>Category names as a therapist would say them, used in messages and matched by search.</summary>
public static class ExerciseCategoryNames
{
    public static string Of(ExerciseCategory category) => category switch
    {
        ExerciseCategory.LumbarStrengthening => "lumbar strengthening",
        ExerciseCategory.StabiliserActivation => "stabiliser activation",
        ExerciseCategory.GluteActivation => "glute activation",
        ExerciseCategory.Stretch => "stretch",
        ExerciseCategory.Aerobic => "aerobic",
        ExerciseCategory.Posture => "posture",
        _ => category.ToString(),
    };
}
