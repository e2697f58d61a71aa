namespace Telehealth.Progress.Rules;

public enum FeedbackTone
{
    Encouragement,
    Caution,

    /// <summary>Shown at once and above everything else: the patient must act now.</summary>
    Urgent,
}
