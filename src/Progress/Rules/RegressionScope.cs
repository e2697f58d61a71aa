namespace Telehealth.Progress.Rules;

/// <summary>
/// Which exercises a painful session implicates (CLINICAL.md, regression scope): those the
/// patient said hurt during them; when none is named, the loaded and strengthening ones, not
/// stretches or gentle aerobic work; and only when nothing else was done, whatever was done.
/// </summary>
public static class RegressionScope
{
    private static readonly IReadOnlySet<ExerciseCategory> Loading = new HashSet<ExerciseCategory>
    {
        ExerciseCategory.LumbarStrengthening,
        ExerciseCategory.IsolatedLumbarExtension,
        ExerciseCategory.StabiliserActivation,
        ExerciseCategory.GluteActivation,
    };

    /// <returns>The exercises to ease, each with the reason it is named, in the order they were done.</returns>
    public static IReadOnlyList<(ProgrammeItemDosage Dosage, string Because)> Implicated(
        IReadOnlyList<ExerciseResult> exercises,
        IReadOnlyList<ProgrammeItemDosage> dosages,
        PainSettings pain,
        string sessionReason)
    {
        var done = exercises
            .Where(e => !e.Skipped)
            .Select(e => (Result: e, Dosage: dosages.FirstOrDefault(d => d.ProgrammeItemId == e.ProgrammeItemId)))
            .Where(e => e.Dosage is not null && e.Dosage.Category != ExerciseCategory.Posture)
            .Select(e => (e.Result, Dosage: e.Dosage!))
            .ToList();

        var named = done
            .Select(e => (e.Dosage, Because: PainFlareRule.ExerciseFlareReason(e.Result, e.Dosage, pain)))
            .Where(e => e.Because is not null)
            .Select(e => (e.Dosage, e.Because!))
            .ToList();
        if (named.Count > 0)
        {
            return named;
        }

        var loading = done.Where(e => Loading.Contains(e.Dosage.Category)).ToList();
        return (loading.Count > 0 ? loading : done).Select(e => (e.Dosage, sessionReason)).ToList();
    }
}
