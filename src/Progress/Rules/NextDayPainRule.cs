namespace Telehealth.Progress.Rules;

/// <summary>
/// The morning after: pain must be back to the usual level; if it is worse, the load comes
/// down (pain monitoring model, CLINICAL.md). Same outcomes as a pain flare, for the
/// exercises of the session checked that it implicates (<see cref="RegressionScope"/>).
/// </summary>
public static class NextDayPainRule
{
    public static bool IsWorse(NextDayPainCheck check, PainSettings settings) =>
        check.Pain > check.UsualPain + settings.NextDayToleranceAboveUsual;

    public static IReadOnlyList<RuleOutcome> Evaluate(
        NextDayPainCheck check,
        SessionReport session,
        IReadOnlyList<ProgrammeItemDosage> dosages,
        RuleSettings settings)
    {
        PainScale.Require(check.Pain, nameof(NextDayPainCheck.Pain));
        PainScale.Require(check.UsualPain, nameof(NextDayPainCheck.UsualPain));
        if (check.SessionId != session.SessionId)
        {
            throw new InvalidRuleInputException(nameof(NextDayPainCheck.SessionId), "the check is for a different session than the one given");
        }

        if (!IsWorse(check, settings.Pain))
        {
            return [];
        }

        var because = $"Pain the morning after the session was {check.Pain}/10, worse than the usual {check.UsualPain}/10";
        var regressions = RegressionScope.Implicated(session.Exercises, dosages, settings.Pain, because)
            .Select(e => RegressionCalculator.Suggest(e.Dosage, e.Dosage.Regression ?? settings.Regression, because))
            .OfType<RuleOutcome>();

        return
        [
            new TherapistAlert(AlertKind.NextDayPainWorse, AlertUrgency.High, AlertRouting.Standard,
                $"{because}. An easier dose is suggested for the next session and an earlier review has been offered."),
            new ReviewOffer(AlertKind.NextDayPainWorse,
                $"Offer an earlier review: {because}."),
            new PatientFeedback(FeedbackTone.Caution,
                $"{because}. Your therapist has been told, has been asked to review your programme with you earlier than planned, " +
                "and will ease it; take the next session more gently."),
            .. regressions,
        ];
    }
}
