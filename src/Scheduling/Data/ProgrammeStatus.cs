namespace Telehealth.Scheduling.Data;

public enum ProgrammeStatus
{
    Active,
    Paused,
    Completed,
}
