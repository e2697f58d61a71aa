namespace Telehealth.Scheduling.Data;

public enum ProgrammeStatus
{
    Active,
    Paused,
    Completed,

    /// <summary>Held after a red flag: no sessions are planned and no reminders sent until the therapist decides.</summary>
    Held,
}
