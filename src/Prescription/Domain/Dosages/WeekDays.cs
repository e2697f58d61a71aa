namespace Telehealth.Prescription.Domain;

/// <summary>
/// Specific days of the week for an exercise. A flags value rather than a list so that it
/// stays a single column and compares by value.
/// </summary>
[Flags]
public enum WeekDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    Weekend = Saturday | Sunday,
    EveryDay = Weekdays | Weekend,
}
