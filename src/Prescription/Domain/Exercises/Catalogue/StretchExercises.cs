namespace Telehealth.Prescription.Domain;

/// <summary>
/// Stretches for the muscles that tighten to guard a painful back. Each is held up to 60 s, or
/// until the stretch eases. Several of them bend the spine forward, which matters early after a
/// disc herniation.
/// </summary>
internal static class StretchExercises
{
    private const string FlexionAfterDiscHerniation =
        "Early after a disc herniation, or when bending forward brings on leg pain, tingling or numbness: " +
        "avoid this forward-bending stretch until your therapist clears it.";

    private const string HipReplacement = "Recent hip replacement: follow your surgeon's movement precautions for the hip.";

    public static readonly Exercise PsoasStretch = Exercise.BuiltIn(
        key: "psoas-hip-flexor-stretch",
        name: "Psoas / hip-flexor stretch",
        category: ExerciseCategory.Stretch,
        purpose:
            "Lengthens the psoas, which runs from the lumbar spine to the thigh bone and tightens to protect a painful " +
            "back; left tight, it pulls on the spine and lets the glutes switch off.",
        instructions: CommonExerciseText.Steps(
            "Kneel on one knee on a cushion with the other foot flat in front, both knees at about 90°.",
            "Tuck your tailbone under and squeeze the buttock of the kneeling leg; do not arch your lower back.",
            "Shift your weight gently forward until you feel a stretch at the front of the hip of the kneeling leg.",
            "Hold for the prescribed time (up to 60 seconds), or until you feel the stretch ease; breathe slowly.",
            "Repeat on the other side."),
        contraindications: CommonExerciseText.Contraindications(
            "Knee pain when kneeling: do the stretch lying at the edge of a bed or in a standing lunge instead.",
            HipReplacement,
            "Spinal stenosis where leaning back brings on leg symptoms: keep the pelvis tucked and the stretch small."));

    public static readonly Exercise KneeToChest = Exercise.BuiltIn(
        key: "knee-to-chest",
        name: "Knee-to-chest stretch",
        category: ExerciseCategory.Stretch,
        purpose: "Relieves tension in the lower back and buttock muscles.",
        instructions: CommonExerciseText.Steps(
            "Lie on your back with knees bent and feet flat.",
            "Hold one thigh behind the knee (not over the kneecap) and draw the knee gently towards your chest; keep the other foot on the floor.",
            "Stop where you feel a gentle stretch in your lower back or buttock and hold for the prescribed time, breathing slowly.",
            "Lower the leg slowly and repeat on the other side. Bring both knees up together only if your therapist suggests it."),
        contraindications: CommonExerciseText.Contraindications(
            FlexionAfterDiscHerniation,
            HipReplacement,
            "Osteoporosis with vertebral fractures: avoid pulling the spine into forward bending."));

    public static readonly Exercise CatCow = Exercise.BuiltIn(
        key: "cat-cow",
        name: "Cat-cow",
        category: ExerciseCategory.Stretch,
        purpose: "Moves the spine gently through bending and arching to ease stiffness and improve mobility.",
        instructions: CommonExerciseText.Steps(
            "Kneel on all fours with hands under shoulders and knees under hips.",
            "Breathing out, round your back up towards the ceiling, tucking your chin and tailbone (cat).",
            "Breathing in, let your belly lower and lift your chest and tailbone (cow), only as far as is comfortable.",
            "Move slowly and hold each end position briefly for the prescribed time; holds are counted per position."),
        contraindications: CommonExerciseText.Contraindications(
            "Early after a disc herniation, or when rounding the back brings on leg symptoms: keep to the cow half and neutral until your therapist clears the rounding.",
            "Spinal stenosis where arching brings on leg symptoms: keep to the cat half and neutral.",
            "Wrist or knee problems that make kneeling on all fours painful."));

    public static readonly Exercise ChildsPose = Exercise.BuiltIn(
        key: "childs-pose",
        name: "Child's pose",
        category: ExerciseCategory.Stretch,
        purpose: "Gently stretches the lower back and helps the back muscles relax.",
        instructions: CommonExerciseText.Steps(
            "Kneel with your big toes together and knees apart.",
            "Sit back towards your heels and walk your hands forward on the floor, letting your forehead rest towards the floor.",
            "Put a cushion between your heels and buttocks if your hips or knees do not bend that far.",
            "Relax and breathe slowly into your lower back for the prescribed time. Walk your hands to one side and then the other to stretch each side."),
        contraindications: CommonExerciseText.Contraindications(
            FlexionAfterDiscHerniation,
            "Knee problems that make deep kneeling painful.",
            HipReplacement));

    public static readonly Exercise HamstringStretch = Exercise.BuiltIn(
        key: "hamstring-stretch",
        name: "Hamstring stretch",
        category: ExerciseCategory.Stretch,
        purpose: "Reduces tightness at the back of the thighs, which pulls on the pelvis and lower back.",
        instructions: CommonExerciseText.Steps(
            "Lie on your back with one knee bent and that foot flat on the floor.",
            "Loop a towel or strap around the other foot and raise that leg, keeping the knee almost straight, until you feel a stretch at the back of the thigh.",
            "Keep your lower back relaxed on the floor and your pelvis level; do not pull hard.",
            "Hold for the prescribed time, lower the leg slowly and repeat on the other side.",
            "Do not use standing or sitting toe-touches instead: they bend the loaded spine forward."),
        contraindications: CommonExerciseText.Contraindications(
            "Sciatica where raising the straight leg brings on leg pain, tingling or numbness: this stretches the irritated nerve — stop and tell your therapist.",
            "Early after a disc herniation: only the lying version, never a standing or sitting toe-touch (loaded flexion).",
            "A recent hamstring tear."));

    public static IReadOnlyList<Exercise> All { get; } = [PsoasStretch, KneeToChest, CatCow, ChildsPose, HamstringStretch];
}
