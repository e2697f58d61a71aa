using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

/// <summary>Exercise results as a patient's app would report them.</summary>
internal static class TestResults
{
    /// <summary>Every prescribed set exactly at the top of the prescription.</summary>
    public static ExerciseResult AtTarget(ProgrammeItemDosage dosage, int? rpe = 7, int? painDuring = null) =>
        new(dosage.ProgrammeItemId,
            Enumerable.Repeat(new SetResult(dosage.Reps?.Max, dosage.LoadKg, dosage.HoldSeconds, dosage.Minutes), dosage.Sets).ToList(),
            rpe,
            painDuring);

    public static ExerciseResult WithSets(ProgrammeItemDosage dosage, params SetResult[] sets) =>
        new(dosage.ProgrammeItemId, sets, Rpe: 7);

    public static ExerciseResult Skipped(ProgrammeItemDosage dosage, SkipReason reason = SkipReason.NoTime) =>
        new(dosage.ProgrammeItemId, [], SkippedBecause: reason);
}
