namespace Telehealth.Progress.Rules;

/// <summary>
/// Whether a session reached the top of what was prescribed: every prescribed set at the top
/// of the rep range, at the target hold or minutes, and at no less than the prescribed load.
/// </summary>
public static class PrescribedTarget
{
    public static bool IsReachedBy(ExerciseResult result, ProgrammeItemDosage dosage) =>
        !result.Skipped && result.Sets.Count(set => Reaches(set, dosage)) >= dosage.Sets;

    /// <summary>The target in words, e.g. "all 3 sets reached 12 reps at 42.5 kg".</summary>
    public static string Describe(ProgrammeItemDosage dosage)
    {
        var targets = new List<string>();
        if (dosage.Reps is { } reps)
        {
            targets.Add($"{reps.Max} reps");
        }

        if (dosage.HoldSeconds is { } hold)
        {
            targets.Add($"{Wording.Seconds(hold)} holds");
        }

        if (dosage.Minutes is { } minutes)
        {
            targets.Add(Wording.Minutes(minutes));
        }

        var who = dosage.Sets == 1 ? "the prescribed set" : $"all {dosage.Sets} sets";
        var load = dosage.LoadKg is { } kg ? $" at {Wording.Kg(kg)}" : "";
        return $"{who} reached {string.Join(" with ", targets)}{load}";
    }

    private static bool Reaches(SetResult set, ProgrammeItemDosage dosage) =>
        (dosage.Reps is not { } reps || set.Reps >= reps.Max)
        && (dosage.HoldSeconds is not { } hold || set.HoldSeconds >= hold)
        && (dosage.Minutes is not { } minutes || set.Minutes >= minutes)
        // A set reported without a load was done at the prescribed load.
        && (dosage.LoadKg is not { } load || (set.LoadKg ?? load) >= load);
}
