namespace Telehealth.Grpc.Client;

/// <summary>Exponential backoff with jitter for calls that may be sent again.</summary>
public sealed record RetryPolicy
{
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(2);

    public double BackoffMultiplier { get; init; } = 2;

    /// <summary>The pause before attempt number <paramref name="attempt"/> (2 for the first retry), with ±20 % jitter.</summary>
    public TimeSpan BackoffBefore(int attempt)
    {
        var nominal = InitialBackoff.TotalMilliseconds * Math.Pow(BackoffMultiplier, attempt - 2);
        var capped = Math.Min(nominal, MaxBackoff.TotalMilliseconds);
        var jitter = 0.8 + Random.Shared.NextDouble() * 0.4;
        return TimeSpan.FromMilliseconds(capped * jitter);
    }
}
