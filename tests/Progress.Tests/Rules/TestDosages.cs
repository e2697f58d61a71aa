using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

/// <summary>Typical prescriptions from the exercise library, one per kind of dosage.</summary>
internal static class TestDosages
{
    public static readonly Guid CableExtensionId = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid LumbarExtensionId = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid BirdDogId = new("10000000-0000-0000-0000-000000000003");
    public static readonly Guid SidePlankId = new("10000000-0000-0000-0000-000000000004");
    public static readonly Guid PsoasStretchId = new("10000000-0000-0000-0000-000000000005");
    public static readonly Guid WalkingId = new("10000000-0000-0000-0000-000000000006");
    public static readonly Guid MovementBreakId = new("10000000-0000-0000-0000-000000000007");
    public static readonly Guid ShoulderBridgeId = new("10000000-0000-0000-0000-000000000008");

    public static ProgrammeItemDosage CableExtension(decimal loadKg = 42.5m, decimal stepKg = 2.5m) => new()
    {
        ProgrammeItemId = CableExtensionId,
        ExerciseName = "Cable trunk extension",
        Category = ExerciseCategory.LumbarStrengthening,
        Sets = 3,
        Reps = new RepRange(8, 12),
        LoadKg = loadKg,
        LoadStepKg = stepKg,
        SessionsPerWeek = 3,
    };

    public static ProgrammeItemDosage LumbarExtensionMachine(decimal loadKg = 40m, decimal stepKg = 1m) => new()
    {
        ProgrammeItemId = LumbarExtensionId,
        ExerciseName = "Isolated lumbar extension",
        Category = ExerciseCategory.IsolatedLumbarExtension,
        Sets = 1,
        Reps = new RepRange(8, 15),
        LoadKg = loadKg,
        LoadStepKg = stepKg,
        SessionsPerWeek = 1,
    };

    public static ProgrammeItemDosage BirdDog(int minReps = 8, int maxReps = 12) => new()
    {
        ProgrammeItemId = BirdDogId,
        ExerciseName = "Bird-dog",
        Category = ExerciseCategory.StabiliserActivation,
        Sets = 2,
        Reps = new RepRange(minReps, maxReps),
        SessionsPerWeek = 5,
    };

    public static ProgrammeItemDosage SidePlank(int holdSeconds = 30) => new()
    {
        ProgrammeItemId = SidePlankId,
        ExerciseName = "Side plank",
        Category = ExerciseCategory.StabiliserActivation,
        Sets = 3,
        HoldSeconds = holdSeconds,
        SessionsPerWeek = 5,
    };

    public static ProgrammeItemDosage PsoasStretch(int holdSeconds = 30) => new()
    {
        ProgrammeItemId = PsoasStretchId,
        ExerciseName = "Psoas stretch",
        Category = ExerciseCategory.Stretch,
        Sets = 2,
        HoldSeconds = holdSeconds,
        SessionsPerWeek = 7,
    };

    public static ProgrammeItemDosage ShoulderBridge(int holdSeconds = 5) => new()
    {
        ProgrammeItemId = ShoulderBridgeId,
        ExerciseName = "Shoulder bridge",
        Category = ExerciseCategory.GluteActivation,
        Sets = 2,
        Reps = new RepRange(8, 12),
        HoldSeconds = holdSeconds,
        SessionsPerWeek = 5,
    };

    public static ProgrammeItemDosage Walking(int minutes = 30) => new()
    {
        ProgrammeItemId = WalkingId,
        ExerciseName = "Walking",
        Category = ExerciseCategory.Aerobic,
        Minutes = minutes,
        SessionsPerWeek = 5,
    };

    public static ProgrammeItemDosage MovementBreak() => new()
    {
        ProgrammeItemId = MovementBreakId,
        ExerciseName = "Movement break",
        Category = ExerciseCategory.Posture,
        SessionsPerWeek = 5,
    };
}
