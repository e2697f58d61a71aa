namespace Telehealth.Progress.Rules;

public enum AlertUrgency
{
    Routine,
    High,
    Urgent,
}
