namespace Telehealth.Notification.Policies;

/// <summary>When to try a failed delivery again: InitialDelay × Multiplier^(attempts−1), capped, with jitter.</summary>
public static class RetryBackoff
{
    public static TimeSpan Delay(int attemptsMade, RetryOptions options, double random01 = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMade, 1);
        var exponential = options.InitialDelay.TotalMilliseconds * Math.Pow(options.Multiplier, attemptsMade - 1);
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        // random01 = 0.5 is the middle: no spread.
        var spread = 1 + (options.Jitter * ((2 * Math.Clamp(random01, 0, 1)) - 1));
        return TimeSpan.FromMilliseconds(Math.Min(capped * spread, options.MaxDelay.TotalMilliseconds));
    }

    /// <param name="attemptsMade">Attempts so far, the failed one included.</param>
    public static RetryDecision Next(int attemptsMade, DateTimeOffset now, RetryOptions options, double random01 = 0.5) =>
        attemptsMade >= options.MaxAttempts
            ? new RetryDecision(null)
            : new RetryDecision(now + Delay(attemptsMade, options, random01));
}
