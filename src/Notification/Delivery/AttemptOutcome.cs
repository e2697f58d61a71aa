namespace Telehealth.Notification.Delivery;

public enum AttemptOutcome
{
    InProgress = 1,
    Succeeded = 2,
    TransientFailure = 3,
    PermanentFailure = 4,
    Interrupted = 5,
}
