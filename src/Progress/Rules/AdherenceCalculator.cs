namespace Telehealth.Progress.Rules;

/// <summary>
/// Sessions done / sessions planned over the days before a given instant (CLINICAL.md,
/// adherence). A session belongs to the window in which its own window opened; it counts as
/// missed only once its window has closed unreported.
/// </summary>
public static class AdherenceCalculator
{
    public static AdherenceSummary Summarise(IReadOnlyList<PlannedSession> sessions, DateTimeOffset at, AdherenceSettings settings) =>
        new(Calculate(sessions, at, settings.ShortWindowDays),
            Calculate(sessions, at, settings.LongWindowDays),
            Calculate(sessions, at, settings.AlertWindowDays));

    public static AdherenceWindow Calculate(IReadOnlyList<PlannedSession> sessions, DateTimeOffset at, int days)
    {
        if (days < 1)
        {
            throw new InvalidRuleInputException(nameof(days), $"{days} is not a window; it must be at least 1 day");
        }

        Validate(sessions);
        var from = at.AddDays(-days);
        int done = 0, missed = 0, pending = 0;
        foreach (var session in sessions.DistinctBy(s => s.SessionId).Where(s => s.WindowOpensAt >= from && s.WindowOpensAt < at))
        {
            if (session.ReportedAt is { } reported && reported <= at)
            {
                done++;
            }
            else if (session.WindowClosesAt <= at)
            {
                missed++;
            }
            else
            {
                pending++;
            }
        }

        return new AdherenceWindow(days, done, missed, pending);
    }

    private static void Validate(IReadOnlyList<PlannedSession> sessions)
    {
        var violations = sessions
            .Select((s, i) => (s, i))
            .Where(x => x.s.WindowClosesAt < x.s.WindowOpensAt)
            .Select(x => new FieldViolation($"sessions[{x.i}].{nameof(PlannedSession.WindowClosesAt)}", "the window closes before it opens"))
            .ToList();
        if (violations.Count > 0)
        {
            throw new InvalidRuleInputException(violations);
        }
    }
}
