namespace Telehealth.Prescription.Domain;

/// <summary>
/// Re-learning to switch on the deep stabilisers, which the nervous system inhibits after an
/// episode of back pain and which stay inhibited after the pain goes. Coordination first,
/// static before dynamic.
/// </summary>
internal static class StabiliserActivationExercises
{
    public static readonly Exercise DrawingInWithMultifidus = Exercise.BuiltIn(
        key: "transversus-abdominis-drawing-in",
        name: "Transversus abdominis drawing-in with multifidus co-contraction",
        category: ExerciseCategory.StabiliserActivation,
        purpose:
            "Teaches the deepest stomach muscle (transversus abdominis) and the deep back muscles beside the spine " +
            "(multifidus) to switch on together. Together they tighten the thoracolumbar fascia across the lower back " +
            "and steady the spine; this is the first step before endurance and strength.",
        instructions: CommonExerciseText.Steps(
            "Lie on your back with knees bent and feet flat, the lower back in its natural curve (later: sitting, then standing).",
            "Place your fingertips just inside your hip bones and, for the back, beside the spine at belt level.",
            "Breathe out and gently draw your lower belly in below the navel, as if tightening a belt by one notch — about a third of full effort.",
            "At the same time feel the muscles beside your spine swell gently under your fingers, as if drawing the two pelvic bones towards each other.",
            "Keep breathing normally while you hold; your pelvis and spine must not move, and your ribs must not sink or your upper belly bulge.",
            "Relax fully between reps. A gentle, correct contraction is the goal, not a hard one."),
        contraindications: CommonExerciseText.Contraindications(
            "Early after abdominal or spinal surgery until your surgeon has cleared it.",
            "Later pregnancy: do not lie flat on your back for long — do the exercise side-lying or sitting instead."));

    public static readonly Exercise BirdDog = Exercise.BuiltIn(
        key: "bird-dog",
        name: "Bird-dog",
        category: ExerciseCategory.StabiliserActivation,
        purpose:
            "Uses the diagonal shoulder-to-opposite-hip pattern of walking: latissimus dorsi and the opposite gluteus " +
            "maximus both pull on the thoracolumbar fascia, while the deep back and stomach muscles hold the spine still.",
        instructions: CommonExerciseText.Steps(
            "Kneel on all fours with hands under shoulders and knees under hips, spine in its natural position, neck long.",
            "Gently draw in your lower belly.",
            "Slide one leg back and lift it to hip height while reaching the opposite arm forward to shoulder height.",
            "Keep the pelvis level and the lower back from sagging or twisting — imagine a cup of water resting on your lower back.",
            "Hold for the prescribed time, return slowly, and repeat on the other side; reps are counted per side.",
            "Static stage: if the pelvis tips, lift only the leg or only the arm. Dynamic stage: move slowly and continuously between the start position and the reach."),
        contraindications: CommonExerciseText.Contraindications(
            "Wrist or knee problems that make kneeling on all fours painful: use fists or forearms and padding, or ask for an alternative.",
            CommonExerciseText.RecentSpinalSurgery,
            CommonExerciseText.AcuteFlare));

    public static readonly Exercise SidePlank = Exercise.BuiltIn(
        key: "side-plank",
        name: "Side plank",
        category: ExerciseCategory.StabiliserActivation,
        purpose:
            "Builds endurance in the muscles at the side of the trunk (quadratus lumborum and obliques) that steady " +
            "the spine, with little load through the discs.",
        instructions: CommonExerciseText.Steps(
            "Lie on your side with your elbow directly under your shoulder; start with knees bent to 90° (later, legs straight).",
            "Gently draw in your lower belly.",
            "Lift your hips until your body is in a straight line from head to knees (or feet); do not let the hips sag or roll forwards.",
            "Hold for the prescribed time breathing normally, then lower slowly.",
            "Repeat on the other side."),
        contraindications: CommonExerciseText.Contraindications(
            "Shoulder pain or instability on the supporting side.",
            CommonExerciseText.RecentSpinalSurgery,
            "Uncontrolled high blood pressure: sustained holds with breath-holding raise blood pressure.",
            CommonExerciseText.AcuteFlare));

    public static IReadOnlyList<Exercise> All { get; } = [DrawingInWithMultifidus, BirdDog, SidePlank];
}
