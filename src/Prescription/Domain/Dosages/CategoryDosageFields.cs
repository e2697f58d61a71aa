namespace Telehealth.Prescription.Domain;

/// <summary>
/// Which dosage fields each category uses and which it cannot do without, from CLINICAL.md's
/// exercise library table. A field outside <see cref="Allowed"/> is refused rather than
/// ignored, so a prescription never carries numbers nobody will act on.
/// </summary>
public static class CategoryDosageFields
{
    public static DosageFields Allowed(ExerciseCategory category) => category switch
    {
        ExerciseCategory.LumbarStrengthening =>
            DosageFields.Sets | DosageFields.Reps | DosageFields.Load | DosageFields.RangeOfMotion | DosageFields.Frequency,
        ExerciseCategory.StabiliserActivation or ExerciseCategory.GluteActivation =>
            DosageFields.Sets | DosageFields.Reps | DosageFields.Hold | DosageFields.Frequency,
        ExerciseCategory.Stretch =>
            DosageFields.HoldsPerSide | DosageFields.Hold | DosageFields.Frequency,
        ExerciseCategory.Aerobic =>
            DosageFields.Minutes | DosageFields.Frequency | DosageFields.Intensity,

        // Posture breaks run on an interval within work hours; days say which days are work days.
        ExerciseCategory.Posture => DosageFields.Interval | DosageFields.Frequency,
        _ => DosageFields.None,
    };

    public static DosageFields Required(ExerciseCategory category) => category switch
    {
        ExerciseCategory.LumbarStrengthening =>
            DosageFields.Sets | DosageFields.Reps | DosageFields.Load | DosageFields.Frequency,
        ExerciseCategory.StabiliserActivation or ExerciseCategory.GluteActivation =>
            DosageFields.Sets | DosageFields.Reps | DosageFields.Frequency,
        ExerciseCategory.Stretch => DosageFields.HoldsPerSide | DosageFields.Hold | DosageFields.Frequency,
        ExerciseCategory.Aerobic => DosageFields.Minutes | DosageFields.Frequency,
        ExerciseCategory.Posture => DosageFields.Interval,
        _ => DosageFields.None,
    };
}
