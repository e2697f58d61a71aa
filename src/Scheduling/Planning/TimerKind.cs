namespace Telehealth.Scheduling.Planning;

public enum TimerKind
{
    /// <summary>Remind the patient of a session (SessionReminderDue).</summary>
    SessionReminder,

    /// <summary>A session's window closes: missed unless reported (SessionMissed).</summary>
    SessionWindowClose,

    /// <summary>Time to stand up and move during work hours (MovementBreakDue).</summary>
    MovementBreak,

    /// <summary>A review is near (AppointmentReminderDue), at each configured lead.</summary>
    AppointmentReminder,

    /// <summary>Extend the patient's plan by a day, so the horizon moves on with the calendar.</summary>
    PlanAhead,
}
