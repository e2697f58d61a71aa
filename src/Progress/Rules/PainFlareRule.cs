namespace Telehealth.Progress.Rules;

/// <summary>
/// A session that hurt more than exercise should (CLINICAL.md, pain flare): pain after the
/// session at least 2 points above pain before, or above 5; or, by the pain monitoring model,
/// pain during one exercise above 5. The outcome is a therapist alert, an earlier review
/// offered to the patient, and an easier dose suggested for each exercise the session
/// implicates (<see cref="RegressionScope"/>).
/// </summary>
public static class PainFlareRule
{
    /// <summary>Why the whole session counts as a flare, or null when it does not.</summary>
    public static string? SessionFlareReason(int painBefore, int painAfter, PainSettings settings)
    {
        var rise = painAfter - painBefore;
        var rose = rise >= settings.FlareRiseOf;
        var tooHigh = painAfter > settings.AcceptableUpTo;
        return (rose, tooHigh) switch
        {
            (true, true) => $"Pain rose by {Wording.Points(rise)} ({painBefore} → {painAfter}) during the session, to above the acceptable {settings.AcceptableUpTo}/10",
            (true, false) => $"Pain rose by {Wording.Points(rise)} ({painBefore} → {painAfter}) during the session",
            (false, true) => $"Pain after the session was {painAfter}/10, above the acceptable {settings.AcceptableUpTo}/10",
            _ => null,
        };
    }

    /// <summary>Why one exercise hurt too much, or null when it did not (or pain during it was not reported).</summary>
    public static string? ExerciseFlareReason(ExerciseResult result, ProgrammeItemDosage dosage, PainSettings settings) =>
        result.PainDuring is { } pain && pain > settings.AcceptableUpTo
            ? $"Pain during {dosage.ExerciseName} was {pain}/10, above the acceptable {settings.AcceptableUpTo}/10"
            : null;

    public static IReadOnlyList<RuleOutcome> Evaluate(SessionReport report, IReadOnlyList<ProgrammeItemDosage> dosages, RuleSettings settings)
    {
        var sessionReason = SessionFlareReason(report.PainBefore, report.PainAfter, settings.Pain);
        var reasons = new List<string>();
        if (sessionReason is not null)
        {
            reasons.Add(sessionReason);
        }

        foreach (var result in report.Exercises.Where(e => !e.Skipped))
        {
            if (dosages.FirstOrDefault(d => d.ProgrammeItemId == result.ProgrammeItemId) is { } dosage
                && ExerciseFlareReason(result, dosage, settings.Pain) is { } exerciseReason)
            {
                reasons.Add(exerciseReason);
            }
        }

        if (reasons.Count == 0)
        {
            return [];
        }

        var what = string.Join("; ", reasons);
        var regressions = RegressionScope.Implicated(report.Exercises, dosages, settings.Pain, sessionReason ?? what)
            .Select(e => RegressionCalculator.Suggest(e.Dosage, e.Dosage.Regression ?? settings.Regression, e.Because))
            .OfType<RuleOutcome>();
        return
        [
            new TherapistAlert(AlertKind.PainFlare, AlertUrgency.High, AlertRouting.Standard,
                $"Pain flare: {what}. An easier dose is suggested for the next session and an earlier review has been offered."),
            new ReviewOffer(AlertKind.PainFlare,
                $"Offer an earlier review: {what}."),
            new PatientFeedback(FeedbackTone.Caution,
                $"{what}. Exercise should not make your back pain worse, so your therapist has been told, has been asked to review " +
                "your programme with you earlier than planned, and will ease it. " +
                "Until then, do your exercises more gently and stop any that hurt more than a little."),
            .. regressions,
        ];
    }
}
