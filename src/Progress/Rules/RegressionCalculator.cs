namespace Telehealth.Progress.Rules;

/// <summary>
/// The easier dose after a pain flare or a worse next morning (CLINICAL.md, pain flare): back
/// to the previous load, or about 10 % less; fewer reps or shorter holds when there is no load.
/// </summary>
public static class RegressionCalculator
{
    /// <param name="because">The finding that calls for the regression, as a sentence without a full stop.</param>
    /// <returns>A suggestion; a <see cref="NoAutomaticChange"/> when the dose is already at its lowest; null for movement breaks, which are not a training dose.</returns>
    public static RuleOutcome? Suggest(ProgrammeItemDosage dosage, RegressionSettings settings, string because)
    {
        if (dosage.Category == ExerciseCategory.Posture)
        {
            return null;
        }

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
        if (dosage.PreviousLoadKg is { } previous && previous >= 0 && previous < load)
        {
            return new(DosageField.LoadKg, load, previous, dosage with { LoadKg = previous },
                $"goes back to the previous load, {Wording.Kg(previous)} (from {Wording.Kg(load)})");
        }

        var step = dosage.LoadStepKg ?? throw new InvalidRuleInputException(nameof(ProgrammeItemDosage.LoadStepKg), "a loaded exercise needs the equipment's smallest load step");
        var lighter = Math.Max(0m, LoadRounding.DownToStep(load * (1 - settings.LoadDecreasePercent / 100m), step));
        return new(DosageField.LoadKg, load, lighter, dosage with { LoadKg = lighter },
            $"uses about {Wording.Number(settings.LoadDecreasePercent)} % less load, {Wording.Kg(lighter)} (from {Wording.Kg(load)}, rounded down to the {Wording.Kg(step)} step)");
    }

    private static Step? ShorterHold(ProgrammeItemDosage dosage, RegressionSettings settings)
    {
        if (dosage.HoldSeconds is not { } hold)
        {
            return null;
        }

        var shorter = Math.Max(settings.MinimumHoldSeconds, hold - settings.HoldDecreaseSeconds);
        return shorter >= hold
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

        var top = (int)Math.Floor(reps.Max * (1 - settings.RepsDecreasePercent / 100m));
        top = Math.Max(1, Math.Min(reps.Max - 1, top));
        if (top >= reps.Max)
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

        var shorter = (int)Math.Floor(minutes * (1 - settings.AerobicMinutesDecreasePercent / 100m));
        shorter = Math.Max(1, Math.Min(minutes - 1, shorter));
        return shorter >= minutes
            ? null
            : new(DosageField.Minutes, minutes, shorter, dosage with { Minutes = shorter },
                $"lasts {Wording.Minutes(shorter)} (from {minutes})");
    }

    private readonly record struct Step(DosageField Field, decimal From, decimal To, ProgrammeItemDosage Suggested, string How);
}
