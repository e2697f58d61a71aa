namespace Telehealth.Progress.Rules;

/// <summary>Gathers one exercise's attempts from the current report and the recent history.</summary>
public static class ExerciseAttemptHistory
{
    /// <returns>Attempts, most recent first, each session once (apps retry, so a report may also be in the history), none later than <paramref name="current"/>.</returns>
    public static IReadOnlyList<ExerciseAttempt> For(Guid programmeItemId, SessionReport current, SessionHistory history) =>
        history.RecentSessions
            .Where(s => s.SessionId != current.SessionId && s.CompletedAt <= current.CompletedAt)
            .Prepend(current)
            .DistinctBy(s => s.SessionId)
            .SelectMany(s => s.Exercises
                .Where(e => e.ProgrammeItemId == programmeItemId)
                .Take(1)
                .Select(e => new ExerciseAttempt(
                    s.SessionId,
                    s.CompletedAt,
                    s.PainBefore,
                    s.PainAfter,
                    e,
                    history.NextDayChecks.LastOrDefault(c => c.SessionId == s.SessionId))))
            .OrderByDescending(a => a.PerformedAt)
            .ToList();
}
