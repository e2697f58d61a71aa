namespace Telehealth.Prescription.Domain;

/// <summary>
/// When the psoas tightens to guard the spine, the glutes relax; the programme stretches the
/// one and wakes up the other.
/// </summary>
internal static class GluteActivationExercises
{
    public static readonly Exercise ShoulderBridge = Exercise.BuiltIn(
        key: "shoulder-bridge",
        name: "Shoulder bridge",
        category: ExerciseCategory.GluteActivation,
        purpose:
            "Switches the buttock muscles (gluteus maximus) back on. The gluteus maximus also attaches to the " +
            "thoracolumbar fascia and helps steady the back. Done so that the hamstrings do not take over.",
        instructions: CommonExerciseText.Steps(
            "Lie on your back with knees bent, feet flat and hip-width apart, heels fairly close to your buttocks.",
            "Gently draw in your lower belly, then squeeze your buttocks.",
            "Lift your hips until your shoulders, hips and knees are in a line; do not arch your lower back.",
            "If the backs of your thighs cramp or do most of the work, the hamstrings are taking over: bring your feet closer, lift less high, and squeeze the buttocks first.",
            "Hold for the prescribed time, then lower slowly, one part of the spine at a time."),
        contraindications: CommonExerciseText.Contraindications(
            CommonExerciseText.RecentSpinalSurgery,
            "Later pregnancy: do not lie flat on your back for long; ask your therapist for an alternative.",
            CommonExerciseText.AcuteFlare));

    public static IReadOnlyList<Exercise> All { get; } = [ShoulderBridge];
}
