namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// How many calls one caller may make (configuration section "CallRate"): a token bucket per
/// caller, so a burst of retries after a reconnect is fine but a runaway client is not.
/// </summary>
public sealed class CallRateSettings
{
    public const string Section = "CallRate";

    /// <summary>Calls a caller may make at once after being idle.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Calls per second a caller may sustain.</summary>
    public int PerSecond { get; set; } = 20;
}
