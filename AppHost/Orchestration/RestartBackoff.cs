namespace Telehealth.AppHost.Orchestration;

/// <summary>How long to wait before restarting a crashed resource: doubling with each recent restart, at most 30 s.</summary>
public static class RestartBackoff
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    public static TimeSpan After(int restarts, DateTimeOffset? startedAt)
    {
        // A resource that ran for a while before crashing starts the sequence again.
        var recent = startedAt is { } started && DateTimeOffset.UtcNow - started > StableAfter ? 0 : restarts;
        var seconds = Math.Pow(2, Math.Min(recent, 5));
        return TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds));
    }
}
