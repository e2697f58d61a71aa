using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.TherapistConsole.Components.Programmes;

/// <summary>The library's categories, phases and movement modes in a therapist's words.</summary>
public static class ExerciseCategories
{
    public static IReadOnlyList<ExerciseCategory> All { get; } = Enum.GetValues<ExerciseCategory>().Where(category => category != ExerciseCategory.Unspecified).ToList();

    public static string Name(ExerciseCategory category) => category switch
    {
        ExerciseCategory.LumbarStrengthening => "Lumbar strengthening",
        ExerciseCategory.StabiliserActivation => "Stabiliser activation",
        ExerciseCategory.GluteActivation => "Glute activation",
        ExerciseCategory.Stretch => "Stretch",
        ExerciseCategory.Aerobic => "Aerobic",
        ExerciseCategory.Posture => "Posture",
        _ => "Any category",
    };

    public static IReadOnlyList<RehabPhase> Phases { get; } = [RehabPhase.Coordination, RehabPhase.Endurance, RehabPhase.Strength];

    public static IReadOnlyList<MovementMode> Modes { get; } = [MovementMode.Static, MovementMode.Dynamic];
}
