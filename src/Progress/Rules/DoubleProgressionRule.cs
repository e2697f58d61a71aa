namespace Telehealth.Progress.Rules;

/// <summary>
/// Double progression (CLINICAL.md, progression): when every prescribed set reaches the top
/// of the rep range (or the target hold or minutes) for 2 sessions in a row, with acceptable
/// pain and effort below maximal, suggest the next step: load up about 5 % on the
/// equipment's grid, holds up 5–10 s toward 60 s, aerobic minutes up about 10 %.
/// </summary>
public static class DoubleProgressionRule
{
    /// <param name="attempts">This exercise's attempts, the current session included.</param>
    /// <returns>A suggestion, a <see cref="NoAutomaticChange"/> saying why none is made, or null when the patient has not yet earned the next step.</returns>
    public static RuleOutcome? Evaluate(
        ProgrammeItemDosage dosage,
        IReadOnlyList<ExerciseAttempt> attempts,
        ProgressionSettings settings,
        PainSettings pain)
    {
        if (settings.ConsecutiveSessions < 1)
        {
            throw new InvalidRuleInputException(nameof(ProgressionSettings.ConsecutiveSessions), "at least 1 session is needed to progress");
        }

        if (dosage.Category == ExerciseCategory.Posture || !HasEarnedNextStep(dosage, attempts, settings, pain))
        {
            return null;
        }

        var earned = $"{dosage.ExerciseName}: {PrescribedTarget.Describe(dosage)} in each of the last " +
            $"{Wording.Count(settings.ConsecutiveSessions, "session", "sessions")}, with acceptable pain and effort below maximal";

        if (!dosage.AutoProgression)
        {
            return NoChange(dosage, NoChangeReason.AutoProgressionOff, $"{earned}. Automatic progression is off for this exercise, so the next step is yours to choose.");
        }

        if (dosage.LoadKg is { } load)
        {
            return NextLoad(dosage, load, settings, earned);
        }

        if (dosage.HoldSeconds is { } hold)
        {
            return NextHold(dosage, hold, settings, earned);
        }

        if (dosage.Minutes is { } minutes)
        {
            return NextMinutes(dosage, minutes, settings, earned);
        }

        return NoChange(dosage, NoChangeReason.TherapistChoosesNextStep, $"{earned}. It is a body-weight exercise with no load to add: choose a harder variation or more reps.");
    }

    /// <summary>
    /// The last N attempts all qualify. Attempts before a manual lowering do not count: the
    /// patient earns the lowered dose again from scratch.
    /// </summary>
    private static bool HasEarnedNextStep(ProgrammeItemDosage dosage, IReadOnlyList<ExerciseAttempt> attempts, ProgressionSettings settings, PainSettings pain)
    {
        var counted = attempts
            .Where(a => a.Result.ProgrammeItemId == dosage.ProgrammeItemId)
            .Where(a => dosage.ManuallyLoweredAt is not { } lowered || a.PerformedAt > lowered)
            .OrderByDescending(a => a.PerformedAt)
            .Take(settings.ConsecutiveSessions)
            .ToList();

        return counted.Count == settings.ConsecutiveSessions && counted.All(a => Qualifies(a, dosage, settings, pain));
    }

    private static bool Qualifies(ExerciseAttempt attempt, ProgrammeItemDosage dosage, ProgressionSettings settings, PainSettings pain) =>
        PrescribedTarget.IsReachedBy(attempt.Result, dosage)
        && PainFlareRule.SessionFlareReason(attempt.SessionPainBefore, attempt.SessionPainAfter, pain) is null
        && PainFlareRule.ExerciseFlareReason(attempt.Result, dosage, pain) is null
        && (attempt.NextDayCheck is not { } check || !NextDayPainRule.IsWorse(check, pain))
        // Unreported effort cannot show reserve, so it does not count.
        && attempt.Result.Rpe is { } rpe && rpe < settings.MaximalEffortRpe;

    private static RuleOutcome NextLoad(ProgrammeItemDosage dosage, decimal load, ProgressionSettings settings, string earned)
    {
        var step = dosage.LoadStepKg ?? throw new InvalidRuleInputException(nameof(ProgrammeItemDosage.LoadStepKg), "a loaded exercise needs the equipment's smallest load step");
        var usual = Math.Max(
            LoadRounding.ToNearestStep(load * (1 + settings.LoadIncreasePercent / 100m), step),
            LoadRounding.UpToStep(load + step, step));
        var how = $"about {Wording.Number(settings.LoadIncreasePercent)} % more, rounded to the {Wording.Kg(step)} step, at least one step";
        var next = usual;
        SuggestionLimit? limitedBy = null;

        if (dosage.Cap?.MaxLoadKg is { } cap && usual > cap)
        {
            next = LoadRounding.DownToStep(cap, step);
            if (next <= load)
            {
                return NoChange(dosage, NoChangeReason.AtTherapistCap,
                    $"{earned}. The next step, {Wording.Kg(usual)}, would pass your {Wording.Kg(cap)} cap for automatic progression, so no increase is suggested.");
            }

            limitedBy = SuggestionLimit.TherapistCap;
            how = $"clipped to your {Wording.Kg(cap)} cap for automatic progression; the usual step would have been {Wording.Kg(usual)}";
        }

        return new DosageSuggestion(dosage.ProgrammeItemId, SuggestionDirection.Progression, DosageField.LoadKg, load, next,
            dosage with { LoadKg = next, PreviousLoadKg = load }, limitedBy,
            $"{earned}: suggest {Wording.Kg(next)} (up from {Wording.Kg(load)}, {how}).{LumbarExtensionNote(dosage)}");
    }

    private static RuleOutcome NextHold(ProgrammeItemDosage dosage, int hold, ProgressionSettings settings, string earned)
    {
        var (limit, limitKind) = dosage.Cap?.MaxHoldSeconds is { } cap && cap <= settings.HoldCeilingSeconds
            ? (cap, SuggestionLimit.TherapistCap)
            : (settings.HoldCeilingSeconds, SuggestionLimit.HoldCeiling);
        var limitWords = limitKind == SuggestionLimit.TherapistCap
            ? $"your {Wording.Seconds(limit)} cap for automatic progression"
            : $"the {Wording.Seconds(limit)} ceiling, as long as a hold needs to be";

        if (hold >= limit)
        {
            var reason = limitKind == SuggestionLimit.TherapistCap ? NoChangeReason.AtTherapistCap : NoChangeReason.AtHoldCeiling;
            return NoChange(dosage, reason, $"{earned}. The hold is already at {limitWords}, so no longer hold is suggested.");
        }

        var next = hold + settings.HoldIncreaseSeconds;
        SuggestionLimit? limitedBy = null;
        var how = $"{Wording.Seconds(settings.HoldIncreaseSeconds)} more";
        if (next > limit)
        {
            next = limit;
            limitedBy = limitKind;
            how = $"clipped to {limitWords}";
        }

        return new DosageSuggestion(dosage.ProgrammeItemId, SuggestionDirection.Progression, DosageField.HoldSeconds, hold, next,
            dosage with { HoldSeconds = next }, limitedBy,
            $"{earned}: suggest {Wording.Seconds(next)} holds (up from {Wording.Seconds(hold)}, {how}).");
    }

    private static RuleOutcome NextMinutes(ProgrammeItemDosage dosage, int minutes, ProgressionSettings settings, string earned)
    {
        var usual = Math.Max(minutes + 1, (int)LoadRounding.RoundHalfDown(minutes * (1 + settings.AerobicMinutesIncreasePercent / 100m)));
        var next = usual;
        var how = $"about {Wording.Number(settings.AerobicMinutesIncreasePercent)} % more";
        SuggestionLimit? limitedBy = null;

        if (dosage.Cap?.MaxMinutes is { } cap && usual > cap)
        {
            if (cap <= minutes)
            {
                return NoChange(dosage, NoChangeReason.AtTherapistCap,
                    $"{earned}. The next step, {Wording.Minutes(usual)}, would pass your {Wording.Minutes(cap)} cap for automatic progression, so no increase is suggested.");
            }

            next = cap;
            limitedBy = SuggestionLimit.TherapistCap;
            how = $"clipped to your {Wording.Minutes(cap)} cap for automatic progression; the usual step would have been {Wording.Minutes(usual)}";
        }

        return new DosageSuggestion(dosage.ProgrammeItemId, SuggestionDirection.Progression, DosageField.Minutes, minutes, next,
            dosage with { Minutes = next }, limitedBy,
            $"{earned}: suggest {Wording.Minutes(next)} (up from {minutes}, {how}).");
    }

    // Isolated lumbar extension trains best at one set to fatigue about once a week
    // (Carpenter & Nelson 1999; Graves 1990 found once a week as effective as 2–3 times),
    // so the next step is only ever more load, never more sets or sessions.
    private static string LumbarExtensionNote(ProgrammeItemDosage dosage) =>
        dosage.Category == ExerciseCategory.IsolatedLumbarExtension
            ? " Keep to one set to fatigue about once a week: training more often adds nothing."
            : "";

    private static NoAutomaticChange NoChange(ProgrammeItemDosage dosage, NoChangeReason reason, string explanation) =>
        new(dosage.ProgrammeItemId, SuggestionDirection.Progression, reason, explanation);
}
