namespace Telehealth.Prescription.Domain;

/// <summary>Text every built-in exercise carries, so each one reads safely on its own in the patient's app.</summary>
internal static class CommonExerciseText
{
    /// <summary>The pain monitoring model in CLINICAL.md: 0–2 safe, 3–5 acceptable, above 5 too much, back to usual by morning.</summary>
    public const string PainRule =
        "Pain during the exercise may reach 5 out of 10 at most (0–2 is safe, 3–5 acceptable) and must be back to " +
        "your usual level by the next morning. Stop and report it if pain goes above 5, spreads into the leg, or " +
        "is worse the next morning: more pain makes the deep back muscles switch off further.";

    public const string RedFlags =
        "Red-flag symptoms — new numbness in the saddle area, new difficulty controlling bladder or bowel, " +
        "progressive leg weakness, pain in both legs, fever, unexplained weight loss, or night pain with a history " +
        "of cancer: do not exercise; seek urgent medical care.";

    public const string AcuteFlare =
        "A flare with pain above 5 out of 10 at rest: pause until your therapist has reviewed the programme.";

    public const string RecentSpinalSurgery =
        "Within the first months after spinal surgery (especially a fusion) until your surgeon has cleared this exercise.";

    public const string CardiovascularClearance =
        "Heart or lung disease, or chest pain, dizziness or unusual breathlessness on exertion, without medical clearance.";

    /// <summary>Numbered steps, one per line, ending with the pain rule.</summary>
    public static string Steps(params string[] steps) =>
        string.Join('\n', steps.Append(PainRule).Select((step, i) => $"{i + 1}. {step}"));

    /// <summary>The exercise's own contraindications followed by the red flags every exercise shares.</summary>
    public static IReadOnlyList<string> Contraindications(params string[] specific) => [.. specific, RedFlags];
}
