using Microsoft.EntityFrameworkCore;
using NodaTime;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Timers;

/// <summary>Brings a patient's pending timers in line with what their plan wants.</summary>
internal static class TimerSchedule
{
    /// <summary>
    /// Timers the plan no longer wants are cancelled, missing ones added, and the rest left alone,
    /// so re-planning the same thing twice changes nothing. Only timers due after
    /// <paramref name="now"/> are touched: one already due is the dispatcher's, and fires.
    /// </summary>
    public static async Task<int> ReconcileAsync(SchedulingDbContext db, Guid patientId, IReadOnlyList<TimerPlan> wanted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // By patient and state only, so SQLite takes the (PatientId, State) index: with DueAt in the
        // WHERE it chose (State, DueAt) instead and read every patient's future timers on each re-plan.
        var pending = (await db.Timers
            .Where(t => t.PatientId == patientId && t.State == TimerState.Pending)
            .ToListAsync(cancellationToken))
            .Where(t => t.DueAt > now)
            .ToList();
        var wantedKeys = wanted.Select(Key).ToHashSet();
        var kept = new HashSet<(TimerKind, Guid, long)>();
        var changes = 0;
        foreach (var timer in pending.OrderBy(t => t.CreatedAt))
        {
            var key = Key(timer);
            if (!wantedKeys.Contains(key) || !kept.Add(key))
            {
                timer.Cancel();
                changes++;
            }
        }
        foreach (var plan in wanted.Where(p => !kept.Contains(Key(p))))
        {
            db.Timers.Add(DurableTimer.Schedule(patientId, plan, now));
            changes++;
        }
        return changes;
    }

    /// <summary>
    /// Cancels the reminders and window closes still pending of sessions now done: all a re-plan
    /// would change for them, since nothing else of the plan depends on a session being done. As in
    /// <see cref="ReconcileAsync"/>, a timer already due is the dispatcher's, and it skips a done session.
    /// </summary>
    public static async Task CancelForDoneSessionsAsync(SchedulingDbContext db, IReadOnlyCollection<Guid> sessionIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (sessionIds.Count == 0)
        {
            return;
        }
        var pending = (await db.Timers
            .Where(t => sessionIds.Contains(t.SubjectId) && (t.Kind == TimerKind.SessionReminder || t.Kind == TimerKind.SessionWindowClose) && t.State == TimerState.Pending)
            .ToListAsync(cancellationToken))
            .Where(t => t.DueAt > now)
            .ToList();
        foreach (var timer in pending)
        {
            timer.Cancel();
        }
    }

    private static (TimerKind, Guid, long) Key(TimerPlan plan) => (plan.Kind, plan.SubjectId, plan.DueAt.ToUnixTimeSeconds());

    private static (TimerKind, Guid, long) Key(DurableTimer timer) => (timer.Kind, timer.SubjectId, timer.DueAt.ToUnixTimeSeconds());
}
