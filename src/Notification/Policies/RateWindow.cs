namespace Telehealth.Notification.Policies;

/// <summary>One fixed rate-limit window, [Start, End).</summary>
public readonly record struct RateWindow(DateTimeOffset Start, DateTimeOffset End);
