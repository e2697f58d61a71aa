namespace Telehealth.Notification.Policies;

/// <summary>
/// Per recipient and channel, fixed windows aligned to UTC (whole hours for a one-hour window).
/// A burst past the limit is not dropped: it becomes one digest sent when the window ends,
/// which is also when the recipient can take more.
/// </summary>
public static class RateLimiter
{
    public static RateWindow WindowOf(DateTimeOffset at, RateLimitOptions options)
    {
        var ticks = options.Window.Ticks;
        var start = at.UtcTicks - (at.UtcTicks % ticks);
        return new RateWindow(new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(start + ticks, TimeSpan.Zero));
    }

    /// <param name="dueAt">When the message could go (after quiet hours).</param>
    /// <param name="alreadyInWindow">Messages of this recipient and channel already due in dueAt's window.</param>
    public static RateDecision Decide(DateTimeOffset dueAt, int alreadyInWindow, RateLimitOptions options) =>
        alreadyInWindow < options.MaxPerWindow
            ? RateDecision.Send(dueAt)
            : RateDecision.Digest(WindowOf(dueAt, options).End);
}
