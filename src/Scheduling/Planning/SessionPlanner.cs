using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// Plans a programme's exercise sessions over the coming days in the patient's zone, and works out
/// what a re-plan changes. Pure: everything it needs, "now" included, comes in as arguments.
/// </summary>
public static class SessionPlanner
{
    /// <summary>
    /// The sessions the programme needs from <paramref name="now"/> to the end of the horizon: one a
    /// day at most, on each day at least one item is due, starting at the patient's time for that
    /// day. Sessions that would already have started are left out. Posture items are not sessions:
    /// they become movement breaks.
    /// </summary>
    public static IReadOnlyList<SessionPlan> Plan(ProgrammeToPlan programme, SchedulePreferences preferences, PlanningSettings settings, Instant now)
    {
        var items = programme.Items.Where(i => !i.IsMovementBreak).ToList();
        if (!programme.Active || items.Count == 0)
        {
            return [];
        }
        var preferredDays = preferences.ExerciseTimes.Keys.ToList();
        var daysOf = items.ToDictionary(
            item => item.ItemId,
            item => item.Days.Count > 0 ? item.Days : TrainingDays.Choose(item.SessionsPerWeek ?? (preferredDays.Count > 0 ? preferredDays.Count : TrainingDays.Week.Count), preferredDays));
        var today = now.InZone(preferences.Zone).Date;
        var sessions = new List<SessionPlan>();
        for (var offset = 0; offset < settings.HorizonDays; offset++)
        {
            var date = today.PlusDays(offset);
            var due = items.Where(item => daysOf[item.ItemId].Contains(date.DayOfWeek)).ToList();
            if (due.Count == 0)
            {
                continue;
            }
            var start = WallClock.At(date, StartTime(date.DayOfWeek, preferences, settings), preferences.Zone);
            if (start.ToInstant() <= now)
            {
                continue;
            }
            sessions.Add(new SessionPlan(
                SessionIds.For(programme.ProgrammeId, date),
                programme.ProgrammeId,
                programme.ItemsVersion,
                date,
                start.TimeOfDay,
                start.ToInstant(),
                start.ToInstant() + settings.SessionWindow,
                due.Select(item => new PlannedExercise(item.ItemId, item.ExerciseName)).ToList()));
        }
        return sessions;
    }

    /// <summary>
    /// What turns the existing sessions into the wanted ones. History never changes: sessions done,
    /// missed, started or over stay as they are. A future session on the same day keeps its id and
    /// changes in place; one no longer wanted is cancelled. Planning the same thing twice changes nothing.
    /// </summary>
    public static SessionChanges Compare(IReadOnlyList<ExistingSession> existing, IReadOnlyList<SessionPlan> wanted, Instant now)
    {
        var byId = existing.ToDictionary(s => s.SessionId);
        var added = new List<SessionPlan>();
        var changed = new List<SessionPlan>();
        foreach (var plan in wanted)
        {
            if (!byId.TryGetValue(plan.SessionId, out var session))
            {
                added.Add(plan);
            }
            else if (!session.IsFrozen(now) && !session.Matches(plan))
            {
                changed.Add(plan);
            }
        }
        var wantedIds = wanted.Select(p => p.SessionId).ToHashSet();
        var cancelled = existing
            .Where(s => s.State == SessionState.Planned && !s.IsFrozen(now) && !wantedIds.Contains(s.SessionId))
            .Select(s => s.SessionId)
            .ToList();
        return new SessionChanges(added, changed, cancelled);
    }

    private static LocalTime StartTime(IsoDayOfWeek day, SchedulePreferences preferences, PlanningSettings settings)
    {
        if (preferences.ExerciseTimes.TryGetValue(day, out var time))
        {
            return time;
        }
        // A day the patient did not name: their usual time, else the service's default.
        return TrainingDays.Week.Where(preferences.ExerciseTimes.ContainsKey).Select(d => preferences.ExerciseTimes[d]).FirstOrDefault(settings.DefaultSessionTime);
    }
}
