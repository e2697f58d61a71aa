namespace Telehealth.Progress.Rules;

/// <summary>
/// Recent sessions of the same programme and their next-day checks, enough to see whether the
/// last few sessions in a row reached their targets.
/// </summary>
public sealed record SessionHistory(IReadOnlyList<SessionReport> RecentSessions, IReadOnlyList<NextDayPainCheck> NextDayChecks)
{
    public static SessionHistory Empty { get; } = new([], []);
}
