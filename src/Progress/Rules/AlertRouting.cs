namespace Telehealth.Progress.Rules;

/// <summary>How the notification service must deliver an alert.</summary>
public sealed record AlertRouting(bool EveryChannel, bool IgnoresQuietHours, bool EscalatesIfUnacknowledged)
{
    /// <summary>The therapist's preferred channel, respecting quiet hours.</summary>
    public static AlertRouting Standard { get; } = new(false, false, false);

    /// <summary>
    /// Red flags: every channel, outside quiet hours too, escalating if nobody acknowledges
    /// (CLINICAL.md, red flags).
    /// </summary>
    public static AlertRouting Urgent { get; } = new(true, true, true);
}
