namespace Telehealth.Prescription.Domain;

/// <summary>
/// Low-impact aerobic exercise: it increases blood flow to the spine, reduces stiffness and
/// builds the endurance that helps prevent recurrence.
/// </summary>
internal static class AerobicExercises
{
    private const string EffortGuide =
        "Keep to the prescribed effort (RPE, 0–10): around 3–4 you can talk in full sentences, around 5–6 only in short ones.";

    public static readonly Exercise Walking = Exercise.BuiltIn(
        key: "walking",
        name: "Walking",
        category: ExerciseCategory.Aerobic,
        purpose: "Daily walking keeps the spine moving and improves blood flow to it; the simplest low-impact aerobic exercise.",
        instructions: CommonExerciseText.Steps(
            "Wear supportive shoes and walk on even ground.",
            "Walk tall with relaxed shoulders and a natural arm swing, at a comfortable stride length.",
            EffortGuide,
            "Walk for the prescribed minutes; if pain builds, split it into two shorter walks rather than pushing on."),
        contraindications: CommonExerciseText.Contraindications(
            "Spinal stenosis with leg pain that comes on when walking and eases when sitting or bending forward: walk in short bouts with rests, or cycle instead.",
            CommonExerciseText.CardiovascularClearance));

    public static readonly Exercise Cycling = Exercise.BuiltIn(
        key: "cycling",
        name: "Cycling (stationary)",
        category: ExerciseCategory.Aerobic,
        purpose: "Low-impact aerobic exercise with the body weight supported; often comfortable when walking is not.",
        instructions: CommonExerciseText.Steps(
            "Use an upright or recumbent exercise bike; set the saddle so that your knee stays slightly bent at the bottom of the pedal stroke.",
            "Sit upright with the handlebars high enough that you are not hunched forward; use the back rest on a recumbent bike.",
            "Start at low resistance and keep a steady, comfortable pedalling pace.",
            EffortGuide),
        contraindications: CommonExerciseText.Contraindications(
            "Early after a disc herniation, when sitting or bending forward brings on leg symptoms: use an upright or recumbent bike, never a racing position, and keep sessions short.",
            "Recent hip or knee surgery: follow your surgeon's advice on bending the joint.",
            CommonExerciseText.CardiovascularClearance));

    public static readonly Exercise SwimmingOrWaterTherapy = Exercise.BuiltIn(
        key: "swimming-water-therapy",
        name: "Swimming or water therapy",
        category: ExerciseCategory.Aerobic,
        purpose: "The water carries much of the body weight, so the spine can move and the muscles work with little load.",
        instructions: CommonExerciseText.Steps(
            "Start with walking forwards and backwards in chest-deep water, then add gentle swimming.",
            "Prefer front crawl with rhythmic breathing or backstroke; avoid breaststroke with the head held up out of the water and butterfly, which arch the lower back.",
            "Use a float under the arms or a noodle if needed to keep the body level.",
            EffortGuide),
        contraindications: CommonExerciseText.Contraindications(
            "Open wounds or surgical incisions that have not yet healed.",
            "Uncontrolled epilepsy: only in supervised sessions.",
            CommonExerciseText.CardiovascularClearance));

    public static readonly Exercise Elliptical = Exercise.BuiltIn(
        key: "elliptical",
        name: "Elliptical trainer",
        category: ExerciseCategory.Aerobic,
        purpose: "A walking-like movement without impact; useful when walking outside is not practical.",
        instructions: CommonExerciseText.Steps(
            "Hold the rails when stepping on and off.",
            "Stand upright with your weight over your feet, holding the handles lightly; do not lean on them.",
            "Use a short, smooth stride and low resistance to start.",
            EffortGuide),
        contraindications: CommonExerciseText.Contraindications(
            "Balance problems: use only with supervision and hold the handles throughout.",
            "Recent hip, knee or ankle surgery until your surgeon has cleared it.",
            CommonExerciseText.CardiovascularClearance));

    public static IReadOnlyList<Exercise> All { get; } = [Walking, Cycling, SwimmingOrWaterTherapy, Elliptical];
}
