namespace Telehealth.Scheduling.Timers;

/// <summary>What firing a timer did.</summary>
public enum TimerOutcome
{
    /// <summary>Its event was written to the outbox.</summary>
    Published,

    /// <summary>Its work was done without an event (planning ahead, a window closing on a reported session).</summary>
    Done,

    /// <summary>Nothing was due any more (the session was reported, the appointment cancelled).</summary>
    Skipped,

    /// <summary>A later movement break fired in its place after downtime: one nudge, not a burst.</summary>
    Superseded,
}
