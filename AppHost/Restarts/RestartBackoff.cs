namespace Telehealth.AppHost.Restarts;

/// <summary>How long to wait before starting a crashed resource again: doubling with each recent restart, at most 30 s.</summary>
public static class RestartBackoff
{
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>A resource that ran this long before it crashed starts the sequence again.</summary>
    public static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    /// <param name="recentRestarts">Restarts since the resource last ran for <see cref="StableAfter"/>.</param>
    public static TimeSpan After(int recentRestarts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(recentRestarts, 5)), Longest.TotalSeconds));
}
