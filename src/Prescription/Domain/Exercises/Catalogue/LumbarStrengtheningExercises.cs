namespace Telehealth.Prescription.Domain;

/// <summary>
/// Loaded work for the deep lumbar extensors. The seed articles favour equipment that isolates
/// them (a pelvic restraint stops the glutes and hamstrings taking over) and that progresses in
/// small weight steps.
/// </summary>
internal static class LumbarStrengtheningExercises
{
    private const string CableEquipment = "Cable machine or home pulley with small weight steps";

    public static readonly Exercise IsolatedLumbarExtension = Exercise.BuiltIn(
        key: "isolated-lumbar-extension",
        name: "Isolated lumbar extension (machine, pelvis restrained)",
        category: ExerciseCategory.LumbarStrengthening,
        purpose:
            "Rebuilds the deep lumbar muscles (multifidus and erector spinae) that weaken and waste after back pain. " +
            "The pelvic restraint stops the glutes and hamstrings from doing the work, so only the lower back trains.",
        instructions: CommonExerciseText.Steps(
            "Sit in the machine and fasten the thigh, knee and pelvic restraints as your therapist set them, so that only your lower back can move.",
            "Set the range to the limits your therapist recorded; never start further forward than the flexion limit.",
            "Push back slowly against the pad through the set range (about 2 seconds), pause briefly, and return slowly (about 4 seconds) without letting the weight stack drop.",
            "Keep your hands relaxed on the handles or lap; do not pull with the arms or push with the legs.",
            "Breathe steadily; do not hold your breath.",
            "Do one set of the prescribed reps until a further rep would not be smooth; stop the set as soon as form breaks. About once a week is enough for this exercise to work."),
        contraindications: CommonExerciseText.Contraindications(
            "Early after a disc herniation or with acute sciatica: avoid loaded flexion — keep the starting position near upright until your therapist widens the range.",
            CommonExerciseText.RecentSpinalSurgery,
            "Vertebral fracture, suspected spinal instability (e.g. spondylolisthesis) or osteoporosis with fracture risk, unless your doctor has cleared loaded exercise.",
            "Spinal stenosis where leaning back brings on leg pain, numbness or tingling: the therapist limits the extension end of the range.",
            "Uncontrolled high blood pressure: hard efforts against load raise blood pressure.",
            CommonExerciseText.AcuteFlare),
        equipment: "Lumbar extension machine with pelvic restraint (clinic or home unit)",
        equipmentLoadStepKg: 1m);

    public static readonly Exercise CableTrunkExtension = Exercise.BuiltIn(
        key: "cable-trunk-extension",
        name: "Cable/pulley trunk extension",
        category: ExerciseCategory.LumbarStrengthening,
        purpose:
            "Strengthens the back extensors against a load that can be raised in very small steps, " +
            "with a pulley set up at home or an adjustable cable machine in a gym.",
        instructions: CommonExerciseText.Steps(
            "Set the pulley at chest height. Stand facing it, feet hip-width apart and knees soft, holding the handle or rope against your chest with both hands.",
            "Gently draw in your lower belly and feel the muscles beside your spine tighten before each rep.",
            "Let the cable draw you forward by hinging at the hips, keeping the back long, only as far as your therapist set.",
            "Return to upright by tightening your back and buttock muscles; stop at upright — do not lean back past it.",
            "Move slowly, about 2–3 seconds each way, without jerking the weight."),
        contraindications: CommonExerciseText.Contraindications(
            "Early after a disc herniation or with acute sciatica: avoid loaded flexion — keep the movement between a slight forward lean and upright.",
            CommonExerciseText.RecentSpinalSurgery,
            "Vertebral fracture, suspected spinal instability or osteoporosis with fracture risk, unless your doctor has cleared loaded exercise.",
            CommonExerciseText.AcuteFlare),
        equipment: CableEquipment,
        equipmentLoadStepKg: 0.5m);

    public static readonly Exercise CableTrunkRotation = Exercise.BuiltIn(
        key: "cable-trunk-rotation",
        name: "Cable/pulley trunk rotation",
        category: ExerciseCategory.LumbarStrengthening,
        purpose:
            "Trains the obliques and deep trunk muscles that rotate and steady the spine, " +
            "progressed in small weight steps.",
        instructions: CommonExerciseText.Steps(
            "Set the pulley at chest height. Stand side-on to it, feet hip-width apart and knees soft, holding the handle with both hands, arms straight out in front of your chest.",
            "Gently draw in your lower belly before each rep.",
            "Turn your chest and arms away from the pulley slowly, keeping your hips facing forward and the pelvis still, within a small, pain-free range.",
            "Return slowly to the start without letting the weight pull you round.",
            "Do all reps on one side, then turn round and do the other side."),
        contraindications: CommonExerciseText.Contraindications(
            "Early after a disc herniation or with acute sciatica: avoid loaded rotation, especially combined with bending forward.",
            CommonExerciseText.RecentSpinalSurgery,
            "Vertebral fracture, suspected spinal instability or osteoporosis with fracture risk.",
            CommonExerciseText.AcuteFlare),
        equipment: CableEquipment,
        equipmentLoadStepKg: 0.5m);

    public static IReadOnlyList<Exercise> All { get; } = [IsolatedLumbarExtension, CableTrunkExtension, CableTrunkRotation];
}
