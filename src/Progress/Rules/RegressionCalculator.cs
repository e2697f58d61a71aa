namespace Telehealth.Progress.Rules;

/// <summary>
/// The easier dose after a pain flare or a worse next morning (CLINICAL.md, regression scope):
/// in the exercise's main dose field (load, else hold, else reps, else minutes), back to the
/// previous version's dose, or about 10 % less, at least one step of the equipment or one unit,
/// and never half or more unless the therapist's settings allow it.
/// </summary>
public static class RegressionCalculator
{
    /// <param name="because">The finding that calls for the regression, as a sentence without a full stop.</param>
    /// <returns>A suggestion; a <see cref="NoAutomaticChange"/> when no small enough step is left; null for movement breaks, which are not a training dose.</returns>
    public static RuleOutcome? Suggest(ProgrammeItemDosage dosage, RegressionSettings settings, string because)
    {
        if (dosage.Category == ExerciseCategory.Posture)
        {
            return null;
        }

        // The main field first; when it has no small enough step left, the next one that applies.
        var easier = LessLoad(dosage, settings) ?? ShorterHold(dosage, settings) ?? FewerReps(dosage, settings) ?? FewerMinutes(dosage, settings);
        if (easier is null)
        {
            return new NoAutomaticChange(
                dosage.ProgrammeItemId,
                SuggestionDirection.Regression,
                NoChangeReason.AlreadyAtLowest,
                $"{because}. {dosage.ExerciseName} is already at its lowest dose, so nothing can be taken off automatically: please review it.");
        }

        var (field, from, to, suggested, how) = easier.Value;
        return new DosageSuggestion(
            dosage.ProgrammeItemId,
            SuggestionDirection.Regression,
            field,
            from,
            to,
            suggested,
            LimitedBy: null,
            $"{because}. {dosage.ExerciseName}: next session {how}.");
    }

    private static Step? LessLoad(ProgrammeItemDosage dosage, RegressionSettings settings)
    {
        if (dosage.LoadKg is not { } load || load <= 0)
        {
            return null;
        }

        // A previous load above today's is from before a manual lowering, not a safer dose.
        if (dosage.PreviousLoadKg is { } previous && previous >= 0 && previous < load && Allowed(load, previous, settings))
        {
            return new(DosageField.LoadKg, load, previous, dosage with { LoadKg = previous },
                $"goes back to the previous load, {Wording.Kg(previous)} (from {Wording.Kg(load)})");
        }

        var step = dosage.LoadStepKg ?? throw new InvalidRuleInputException(nameof(ProgrammeItemDosage.LoadStepKg), "a loaded exercise needs the equipment's smallest load step");
        var lighter = LoadRounding.DownToStep(load - Math.Max(step, LoadRounding.ToNearestStep(load * settings.LoadDecreasePercent / 100m, step)), step);
        return lighter < step || !Allowed(load, lighter, settings)
            ? null
            : new(DosageField.LoadKg, load, lighter, dosage with { LoadKg = lighter },
                $"uses about {Wording.Number(settings.LoadDecreasePercent)} % less load, {Wording.Kg(lighter)} (from {Wording.Kg(load)}, on the {Wording.Kg(step)} step)");
    }

    private static Step? ShorterHold(ProgrammeItemDosage dosage, RegressionSettings settings)
    {
        if (dosage.HoldSeconds is not { } hold)
        {
            return null;
        }

        if (dosage.PreviousHoldSeconds is { } previous && previous >= settings.MinimumHoldSeconds && previous < hold && Allowed(hold, previous, settings))
        {
            return new(DosageField.HoldSeconds, hold, previous, dosage with { HoldSeconds = previous },
                $"goes back to the previous hold, {Wording.Seconds(previous)} (from {Wording.Seconds(hold)})");
        }

        var shorter = Math.Max(settings.MinimumHoldSeconds, hold - Decrease(hold, settings.HoldDecreasePercent));
        return shorter >= hold || !Allowed(hold, shorter, settings)
            ? null
            : new(DosageField.HoldSeconds, hold, shorter, dosage with { HoldSeconds = shorter },
                $"holds for {Wording.Seconds(shorter)} (from {Wording.Seconds(hold)})");
    }

    private static Step? FewerReps(ProgrammeItemDosage dosage, RegressionSettings settings)
    {
        if (dosage.Reps is not { } reps)
        {
            return null;
        }

        if (dosage.PreviousReps is { } previous && previous.Max >= 1 && previous.Max < reps.Max && Allowed(reps.Max, previous.Max, settings))
        {
            return new(DosageField.RepsMax, reps.Max, previous.Max, dosage with { Reps = previous },
                $"goes back to the previous {previous} reps (from {reps})");
        }

        var top = Math.Max(1, reps.Max - Decrease(reps.Max, settings.RepsDecreasePercent));
        if (top >= reps.Max || !Allowed(reps.Max, top, settings))
        {
            return null;
        }

        var range = new RepRange(Math.Min(reps.Min, top), top);
        return new(DosageField.RepsMax, reps.Max, top, dosage with { Reps = range },
            $"aims for {range} reps (from {reps})");
    }

    private static Step? FewerMinutes(ProgrammeItemDosage dosage, RegressionSettings settings)
    {
        if (dosage.Minutes is not { } minutes)
        {
            return null;
        }

        if (dosage.PreviousMinutes is { } previous && previous >= 1 && previous < minutes && Allowed(minutes, previous, settings))
        {
            return new(DosageField.Minutes, minutes, previous, dosage with { Minutes = previous },
                $"goes back to the previous {Wording.Minutes(previous)} (from {minutes})");
        }

        var shorter = Math.Max(1, minutes - Decrease(minutes, settings.AerobicMinutesDecreasePercent));
        return shorter >= minutes || !Allowed(minutes, shorter, settings)
            ? null
            : new(DosageField.Minutes, minutes, shorter, dosage with { Minutes = shorter },
                $"lasts {Wording.Minutes(shorter)} (from {minutes})");
    }

    /// <summary>About <paramref name="percent"/> of a whole-number dose, rounded, and at least one unit so the step is real.</summary>
    private static int Decrease(int dose, decimal percent) => Math.Max(1, (int)Math.Round(dose * percent / 100m, MidpointRounding.AwayFromZero));

    private static bool Allowed(decimal from, decimal to, RegressionSettings settings) => settings.AllowHalving || to * 2 > from;

    private readonly record struct Step(DosageField Field, decimal From, decimal To, ProgrammeItemDosage Suggested, string How);
}
