namespace Telehealth.Notification.Delivery;

/// <summary>How an attempt ended. Errors name the kind of failure, never content or addresses.</summary>
public readonly record struct SendResult(AttemptOutcome Outcome, string? Error)
{
    public static readonly SendResult Sent = new(AttemptOutcome.Succeeded, null);

    public bool Succeeded => Outcome == AttemptOutcome.Succeeded;

    public bool Permanent => Outcome == AttemptOutcome.PermanentFailure;

    public static SendResult Transient(string error) => new(AttemptOutcome.TransientFailure, error);

    public static SendResult Refused(string error) => new(AttemptOutcome.PermanentFailure, error);
}
