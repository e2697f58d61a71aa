namespace Telehealth.Progress.Rules;

/// <summary>Gathers one exercise's attempts from the current report and the recent history.</summary>
public static class ExerciseAttemptHistory
{
    /// <returns>
    /// Attempts, most recent first, each session once (apps retry, so a report may also be in the
    /// history), none later than <paramref name="current"/>, each placed on its day in the
    /// patient's time zone and marked whether the exercise was scheduled that day.
    /// </returns>
    public static IReadOnlyList<ExerciseAttempt> For(ProgrammeItemDosage dosage, SessionReport current, SessionHistory history) =>
        history.RecentSessions
            .Where(s => s.SessionId != current.SessionId && s.CompletedAt <= current.CompletedAt)
            .Prepend(current)
            .DistinctBy(s => s.SessionId)
            .SelectMany(s => s.Exercises
                .Where(e => e.ProgrammeItemId == dosage.ProgrammeItemId)
                .Take(1)
                .Select(e =>
                {
                    var day = history.DayOf(s.CompletedAt);
                    return new ExerciseAttempt(
                        s.SessionId,
                        s.CompletedAt,
                        s.PainBefore,
                        s.PainAfter,
                        e,
                        history.NextDayChecks.LastOrDefault(c => c.SessionId == s.SessionId),
                        day,
                        dosage.IsScheduledOn(day.DayOfWeek));
                }))
            .OrderByDescending(a => a.PerformedAt)
            .ToList();
}
