using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Reports;

/// <summary>Between prescription's item snapshots and the rules' view of a dosage.</summary>
internal static class DosageMapping
{
    /// <summary>
    /// The rules see every item as open to suggestions without a cap: whether a suggestion is applied
    /// automatically, and within which cap, is prescription's decision when it arrives there.
    /// </summary>
    public static ProgrammeItemDosage ToRules(ProgrammeItemSnapshot item, ProgrammeItemSnapshot? previousVersion)
    {
        var dosage = item.Dosage;
        return new ProgrammeItemDosage
        {
            ProgrammeItemId = item.ItemId,
            ExerciseName = item.ExerciseName,
            Category = CategoryOf(item),
            Sets = dosage.Sets ?? 1,
            Reps = dosage is { RepsMin: { } min, RepsMax: { } max } ? new RepRange(min, max) : null,
            HoldSeconds = dosage.HoldSeconds,
            LoadKg = dosage.LoadKg,
            LoadStepKg = item.LoadStepKg,
            Minutes = dosage.Minutes,
            SessionsPerWeek = dosage.SessionsPerWeek ?? Math.Max(1, dosage.Days.Count),
            Days = dosage.Days.ToHashSet(),
            AutoProgression = true,
            PreviousLoadKg = previousVersion?.Dosage.LoadKg is { } previous && previous < dosage.LoadKg ? previous : null,
            PreviousHoldSeconds = previousVersion?.Dosage.HoldSeconds is { } hold && hold < dosage.HoldSeconds ? hold : null,
            PreviousReps = previousVersion?.Dosage is { RepsMin: { } fewest, RepsMax: { } most } && most < dosage.RepsMax ? new RepRange(fewest, most) : null,
            PreviousMinutes = previousVersion?.Dosage.Minutes is { } minutes && minutes < dosage.Minutes ? minutes : null,
            ManuallyLoweredAt = item.LoadLoweredByTherapistAt,
        };
    }

    /// <summary>The item's whole dosage with the suggested change applied.</summary>
    public static DosageSnapshot Proposed(ProgrammeItemSnapshot item, DosageSuggestion suggestion)
    {
        var suggested = suggestion.Suggested;
        return item.Dosage with
        {
            Sets = item.Dosage.Sets is null ? null : suggested.Sets,
            RepsMin = suggested.Reps?.Min ?? item.Dosage.RepsMin,
            RepsMax = suggested.Reps?.Max ?? item.Dosage.RepsMax,
            HoldSeconds = suggested.HoldSeconds,
            LoadKg = suggested.LoadKg,
            Minutes = suggested.Minutes,
        };
    }

    // Isolated lumbar extension trains on its own schedule (once a week, one set to fatigue),
    // so the rules treat it as a category of its own.
    private static ExerciseCategory CategoryOf(ProgrammeItemSnapshot item) => item.Category switch
    {
        "LumbarStrengthening" when item.ExerciseName.Contains("isolated lumbar extension", StringComparison.OrdinalIgnoreCase) => ExerciseCategory.IsolatedLumbarExtension,
        "LumbarStrengthening" => ExerciseCategory.LumbarStrengthening,
        "StabiliserActivation" => ExerciseCategory.StabiliserActivation,
        "GluteActivation" => ExerciseCategory.GluteActivation,
        "Stretch" => ExerciseCategory.Stretch,
        "Aerobic" => ExerciseCategory.Aerobic,
        "Posture" => ExerciseCategory.Posture,
        _ => throw new InvalidOperationException($"Unknown exercise category '{item.Category}' in programme item {item.ItemId}."),
    };
}
