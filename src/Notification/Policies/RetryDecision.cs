namespace Telehealth.Notification.Policies;

/// <summary>Try again at RetryAt, or give up (RetryAt null).</summary>
public readonly record struct RetryDecision(DateTimeOffset? RetryAt)
{
    public bool GiveUp => RetryAt is null;
}
