namespace Telehealth.Scheduling.Planning;

public enum SessionState
{
    Planned,
    Done,
    Missed,
    Cancelled,
}
