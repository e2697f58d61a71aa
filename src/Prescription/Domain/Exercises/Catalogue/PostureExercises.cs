namespace Telehealth.Prescription.Domain;

/// <summary>Breaking up long periods of sitting, the everyday half of postural training.</summary>
internal static class PostureExercises
{
    public static readonly Exercise MovementBreak = Exercise.BuiltIn(
        key: "movement-break",
        name: "Movement break during desk work",
        category: ExerciseCategory.Posture,
        purpose:
            "Standing up and moving every 30–60 minutes during desk work restores blood flow and limits the " +
            "stiffness and muscle wasting that long sitting causes.",
        instructions: CommonExerciseText.Steps(
            "When the break reminder comes, stand up and move for one to two minutes: walk around, fetch water, climb a flight of stairs.",
            "Add a gentle standing back extension if it is comfortable: hands on your hips, lean back a little, and return.",
            "Before sitting down again, check your workstation: screen at eye level, feet flat, lower back supported by the chair or a lumbar cushion.",
            "Alternate sitting and standing if you have a standing desk."),
        contraindications: CommonExerciseText.Contraindications(
            "Spinal stenosis where leaning back brings on leg symptoms: leave out the standing back extension."));

    public static IReadOnlyList<Exercise> All { get; } = [MovementBreak];
}
