namespace Telehealth.Notification.Policies;

/// <summary>Exponential backoff between attempts; after MaxAttempts the delivery fails for good.</summary>
public sealed class RetryOptions
{
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    public double Multiplier { get; set; } = 2;

    /// <summary>Each delay is spread by up to this fraction either way, so retries to one server do not arrive in step.</summary>
    public double Jitter { get; set; } = 0.2;
}
