namespace Telehealth.Notification.Policies;

/// <summary>At most MaxPerWindow outward messages that are not urgent per recipient and channel in each window; the rest go as one digest.</summary>
public sealed class RateLimitOptions
{
    public int MaxPerWindow { get; set; } = 3;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
