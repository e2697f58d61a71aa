namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// How many unary calls a service works on at once (configuration section "CallsInFlight"), and
/// how many more may wait for a turn. Past both, a call is refused at once with
/// RESOURCE_EXHAUSTED and a retry hint: an overloaded service that queued every call without
/// bound answered none of them in time (each waited behind thousands of others, and shared the
/// cores and the database with them).
/// </summary>
public sealed class CallsInFlightSettings
{
    public const string Section = "CallsInFlight";

    /// <summary>Calls worked on at once: enough to keep two cores and one SQLite writer busy.</summary>
    public int Limit { get; set; } = 32;

    /// <summary>Calls waiting for a turn, oldest first; a short burst waits rather than being refused.</summary>
    public int Queue { get; set; } = 256;

    /// <summary>The shortest retry hint given with a refusal; under sustained overload it grows (see <see cref="RetryHint"/>).</summary>
    public int RetryAfterMilliseconds { get; set; } = 200;

    /// <summary>The longest retry hint: what the calls ahead take to drain, at most this.</summary>
    public int MaxRetryAfterMilliseconds { get; set; } = 5000;

    /// <summary>
    /// Urgent calls (<see cref="UrgentCalls"/>) worked on at once, beside the routine ones: a pain
    /// flare is taken while routine reports wait. Few, so that they stay rare and quick.
    /// </summary>
    public int UrgentLimit { get; set; } = 8;

    /// <summary>Urgent calls waiting for a turn of their own; past that they too are refused.</summary>
    public int UrgentQueue { get; set; } = 64;
}
