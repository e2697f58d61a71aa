namespace Telehealth.Scheduling.Timers;

public enum TimerState
{
    Pending,
    Fired,
    Cancelled,
}
