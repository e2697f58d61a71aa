namespace Telehealth.Progress.Rules;

/// <summary>
/// Red flags (CLINICAL.md) are urgent and never handled automatically: the patient is told at
/// once to seek urgent care, and the therapist is alerted on every channel, outside quiet
/// hours too, escalating until someone acknowledges.
/// </summary>
public static class RedFlagRule
{
    public const string SeekUrgentCareNow =
        "Seek urgent medical care now: go to an emergency department or call your local emergency number.";

    public static IReadOnlyList<RuleOutcome> Evaluate(IReadOnlyList<RedFlagAnswer> answers)
    {
        var present = answers.Where(a => a.Present).Select(a => a.Flag).Distinct().Order().ToList();
        if (present.Count == 0)
        {
            return [];
        }

        var reported = string.Join("; ", present.Select(RedFlagWording.Describe));
        return
        [
            new PatientFeedback(FeedbackTone.Urgent,
                $"{SeekUrgentCareNow} You reported: {reported}. This can be a sign of a serious problem that a doctor must check today. " +
                "Do not do your exercises until you have been seen. Your therapist has been alerted."),
            new TherapistAlert(AlertKind.RedFlag, AlertUrgency.Urgent, AlertRouting.Urgent,
                $"Red flag reported: {reported}. The patient has been told to seek urgent care now. " +
                "Nothing has been changed automatically: contact the patient."),
        ];
    }
}
