using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>Every timer a patient's plan needs, from the sessions, appointments and preferences.</summary>
public static class ReminderPlanner
{
    /// <summary>
    /// Local days of movement breaks planned ahead, today included. A desk worker's breaks come
    /// every 30–60 minutes, so a fortnight of them is a hundred timers or more per patient, written
    /// at every prescription and compared at every re-plan. The planning ahead after each local
    /// midnight adds the next day's, so today's and tomorrow's are always there, even when that
    /// timer fires late.
    /// </summary>
    public const int MovementBreakDays = 2;

    /// <summary>
    /// Session reminders (moved out of quiet hours, or dropped when the window would be over), each
    /// session's window close, movement breaks, appointment reminders at each lead (urgent reviews
    /// break through quiet hours), and the next day's planning ahead. Only timers due after
    /// <paramref name="now"/>: what is already due belongs to the dispatcher.
    /// </summary>
    public static IReadOnlyList<TimerPlan> Plan(
        Guid patientId,
        IEnumerable<ExistingSession> sessions,
        IEnumerable<AppointmentToRemind> appointments,
        MovementBreakPrescription? breaks,
        SchedulePreferences preferences,
        PlanningSettings settings,
        IReadOnlyList<Duration> appointmentLeads,
        Instant now)
    {
        var timers = new List<TimerPlan>();
        foreach (var session in sessions.Where(s => s.State == SessionState.Planned && s.WindowEnd > now))
        {
            if (preferences.PlaceReminder(session.WindowStart - settings.SessionReminderLead, session.WindowEnd) is { } reminder)
            {
                timers.Add(new TimerPlan(TimerKind.SessionReminder, session.SessionId, reminder, settings.SessionReminderLead));
            }
            timers.Add(new TimerPlan(TimerKind.SessionWindowClose, session.SessionId, session.WindowEnd));
        }
        foreach (var appointment in appointments)
        {
            foreach (var lead in appointmentLeads)
            {
                if (preferences.PlaceReminder(appointment.StartsAt - lead, appointment.StartsAt, breakThrough: appointment.Urgent) is { } due)
                {
                    timers.Add(new TimerPlan(TimerKind.AppointmentReminder, appointment.AppointmentId, due, lead));
                }
            }
        }
        timers.AddRange(WorkHoursBreakPlanner.Plan(breaks, preferences, now, Math.Min(settings.HorizonDays, MovementBreakDays))
            .Select(due => new TimerPlan(TimerKind.MovementBreak, patientId, due)));
        timers.Add(new TimerPlan(TimerKind.PlanAhead, patientId, NextPlanningAhead(preferences.Zone, now)));
        return timers
            .Select(t => t with { DueAt = WallClock.ToSecond(t.DueAt) })
            .Where(t => t.DueAt > now)
            .DistinctBy(t => (t.Kind, t.SubjectId, t.DueAt))
            .ToList();
    }

    /// <summary>Just after the patient's next local midnight, when the horizon gains a day.</summary>
    public static Instant NextPlanningAhead(DateTimeZone zone, Instant now) =>
        WallClock.StartOfDay(now.InZone(zone).Date.PlusDays(1), zone) + Duration.FromMinutes(5);
}
