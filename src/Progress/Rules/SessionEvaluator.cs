namespace Telehealth.Progress.Rules;

/// <summary>
/// Runs the rules over one session report: red flags first and alone, then pain flares, then
/// progression for the exercises that went well. This is the entry point the service calls.
/// </summary>
public static class SessionEvaluator
{
    public const string OnHoldAdvice =
        "Your programme is on hold after the warning sign you reported. Please contact your clinician before you go on; " +
        "nothing in your programme will change until your therapist has spoken with you.";

    /// <param name="onHold">The programme is held after a red flag: the session is judged for pain, but nothing is progressed until the therapist decides.</param>
    public static SessionEvaluation Evaluate(
        SessionReport report,
        IReadOnlyList<ProgrammeItemDosage> dosages,
        SessionHistory history,
        RuleSettings settings,
        bool onHold = false)
    {
        ThrowIfInvalid([
            .. SessionReportValidator.Validate(report, dosages),
            .. ProgrammeItemDosageValidator.Validate(dosages),
            .. RuleSettingsValidator.Validate(settings),
        ]);

        // A red flag is never handled automatically: no dose changes until the therapist has spoken to the patient.
        var redFlags = RedFlagRule.Evaluate(report.RedFlagAnswers);
        if (redFlags.Count > 0)
        {
            return new SessionEvaluation(report.SessionId, report.PatientId, redFlags);
        }

        var outcomes = new List<RuleOutcome>(PainFlareRule.Evaluate(report, dosages, settings));
        if (outcomes.Count == 0)
        {
            outcomes.Add(PainFeedback(report.PainAfter, settings.Pain));
        }

        if (onHold)
        {
            outcomes.Add(new PatientFeedback(FeedbackTone.Caution, OnHoldAdvice));
            return new SessionEvaluation(report.SessionId, report.PatientId, outcomes);
        }

        // Progression counts only sessions with acceptable pain, this one included, so a
        // flare of the whole session holds everything back and a painful exercise holds back itself.
        outcomes.AddRange(Progressions(report, dosages, history, settings));

        return new SessionEvaluation(report.SessionId, report.PatientId, outcomes);
    }

    /// <summary>The morning-after check for an earlier session.</summary>
    public static SessionEvaluation EvaluateNextDayCheck(
        NextDayPainCheck check,
        SessionReport session,
        IReadOnlyList<ProgrammeItemDosage> dosages,
        RuleSettings settings)
    {
        ThrowIfInvalid([.. ProgrammeItemDosageValidator.Validate(dosages), .. RuleSettingsValidator.Validate(settings)]);
        return new SessionEvaluation(session.SessionId, session.PatientId, NextDayPainRule.Evaluate(check, session, dosages, settings));
    }

    private static IEnumerable<RuleOutcome> Progressions(SessionReport report, IReadOnlyList<ProgrammeItemDosage> dosages, SessionHistory history, RuleSettings settings)
    {
        var earned = new List<RuleOutcome>();
        foreach (var result in report.Exercises.Where(e => !e.Skipped))
        {
            var dosage = dosages.First(d => d.ProgrammeItemId == result.ProgrammeItemId);
            var attempts = ExerciseAttemptHistory.For(dosage, report, history);
            var lastStep = history.LastProgressionAt.TryGetValue(dosage.ProgrammeItemId, out var at) ? at : (DateTimeOffset?)null;
            if (DoubleProgressionRule.Evaluate(dosage, attempts, dosage.Progression ?? settings.Progression, settings.Pain, lastStep) is { } outcome)
            {
                earned.Add(outcome);
            }
        }

        if (earned.Count == 0)
        {
            return earned;
        }

        var names = earned
            .Select(o => o switch { DosageSuggestion s => s.ProgrammeItemId, NoAutomaticChange n => n.ProgrammeItemId, _ => Guid.Empty })
            .Select(id => dosages.First(d => d.ProgrammeItemId == id).ExerciseName);
        return
        [
            new PatientFeedback(FeedbackTone.Encouragement,
                $"Well done: you have reached your full target in {string.Join(", ", names)} on several days in a row. Your therapist will look at moving you on."),
            .. earned,
        ];
    }

    private static PatientFeedback PainFeedback(int painAfter, PainSettings settings)
    {
        var zone = PainMonitoringModel.Classify(painAfter, settings);
        var range = PainMonitoringModel.Describe(zone, settings);
        return zone switch
        {
            PainZone.Safe => new(FeedbackTone.Encouragement, $"Pain after the session was {painAfter}/10, which is {range}. Keep going as planned."),
            PainZone.Acceptable => new(FeedbackTone.Encouragement,
                $"Pain after the session was {painAfter}/10, which is {range}, as long as it is back to your usual level by the next morning."),
            _ => new(FeedbackTone.Caution, $"Pain after the session was {painAfter}/10, which is {range}. Take the next session more gently."),
        };
    }

    private static void ThrowIfInvalid(IReadOnlyList<FieldViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new InvalidRuleInputException(violations);
        }
    }
}
