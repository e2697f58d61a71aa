namespace Telehealth.Progress.Rules;

/// <summary>
/// Double progression (CLINICAL.md, progression): when every prescribed set reaches the top
/// of the rep range (or the target hold or minutes) on 2 scheduled days in a row, with
/// acceptable pain, the next morning no worse than usual and effort below maximal, suggest the
/// next step: load up about 5 % on the equipment's grid, holds up 5–10 s toward 60 s, aerobic
/// minutes up about 10 %; at most one step per exercise a week.
/// </summary>
public static class DoubleProgressionRule
{
    /// <param name="attempts">This exercise's attempts, the current session first.</param>
    /// <param name="lastProgressionAt">When the session that earned this exercise's last step was done; null when it never stepped up.</param>
    /// <returns>A suggestion, a <see cref="NoAutomaticChange"/> saying why none is made, or null when the patient has not yet earned the next step.</returns>
    public static RuleOutcome? Evaluate(
        ProgrammeItemDosage dosage,
        IReadOnlyList<ExerciseAttempt> attempts,
        ProgressionSettings settings,
        PainSettings pain,
        DateTimeOffset? lastProgressionAt = null)
    {
        if (settings.ConsecutiveSessions < 1)
        {
            throw new InvalidRuleInputException(nameof(ProgressionSettings.ConsecutiveSessions), "at least 1 session is needed to progress");
        }

        if (dosage.Category == ExerciseCategory.Posture
            || SteppedUpRecently(attempts, settings, lastProgressionAt)
            || !HasEarnedNextStep(dosage, attempts, settings, pain))
        {
            return null;
        }

        var earned = $"{dosage.ExerciseName}: {PrescribedTarget.Describe(dosage)} on each of the last " +
            $"{Wording.Count(settings.ConsecutiveSessions, "day", "days")} it was scheduled, with acceptable pain{NextDayWords(settings)} and effort below maximal";

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
    /// The last N days of training all qualify. Only days the exercise was scheduled count;
    /// attempts before a manual lowering do not count either: the patient earns the lowered
    /// dose again from scratch.
    /// </summary>
    private static bool HasEarnedNextStep(ProgrammeItemDosage dosage, IReadOnlyList<ExerciseAttempt> attempts, ProgressionSettings settings, PainSettings pain)
    {
        // Extra activity on an unscheduled day is welcome, but it is no reason to step up.
        if (attempts.MaxBy(a => a.PerformedAt) is not { OnScheduledDay: true })
        {
            return false;
        }

        var counted = attempts
            .Where(a => a.Result.ProgrammeItemId == dosage.ProgrammeItemId && a.OnScheduledDay)
            .Where(a => dosage.ManuallyLoweredAt is not { } lowered || a.PerformedAt > lowered)
            .GroupBy(a => a.Day)
            .OrderByDescending(day => day.Key)
            .Take(settings.ConsecutiveSessions)
            .ToList();
        if (counted.Count < settings.ConsecutiveSessions)
        {
            return false;
        }

        var today = attempts.Max(a => a.Day);
        return counted.All(day => DayQualifies(day.ToList(), checkIsDue: day.Key < today, dosage, settings, pain));
    }

    /// <summary>
    /// A day counts when one of its sessions reached the target with effort to spare and none
    /// of them hurt: several sessions on a day are one day's evidence, and any pain counts.
    /// </summary>
    private static bool DayQualifies(IReadOnlyList<ExerciseAttempt> sessions, bool checkIsDue, ProgrammeItemDosage dosage, ProgressionSettings settings, PainSettings pain)
    {
        var checks = sessions.Select(a => a.NextDayCheck).OfType<NextDayPainCheck>().ToList();
        return sessions.Any(a => PrescribedTarget.IsReachedBy(a.Result, dosage) && a.Result.Rpe is { } rpe && rpe < settings.MaximalEffortRpe)
            && sessions.All(a => PainFlareRule.SessionFlareReason(a.SessionPainBefore, a.SessionPainAfter, pain) is null
                && PainFlareRule.ExerciseFlareReason(a.Result, dosage, pain) is null)
            && checks.All(check => !NextDayPainRule.IsWorse(check, pain))
            && (!settings.RequireNextDayCheck || !checkIsDue || checks.Count > 0);
    }

    /// <summary>At most one step per exercise in the configured number of days, counted between the sessions that earned them.</summary>
    private static bool SteppedUpRecently(IReadOnlyList<ExerciseAttempt> attempts, ProgressionSettings settings, DateTimeOffset? lastProgressionAt) =>
        lastProgressionAt is { } last
        && attempts.Count > 0
        && attempts.Max(a => a.PerformedAt) - last < TimeSpan.FromDays(settings.DaysBetweenSteps);

    private static string NextDayWords(ProgressionSettings settings) =>
        settings.RequireNextDayCheck ? ", the next morning no worse than usual" : "";

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
