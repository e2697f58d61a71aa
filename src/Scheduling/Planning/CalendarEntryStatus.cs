namespace Telehealth.Scheduling.Planning;

/// <summary>The iCalendar STATUS values a schedule entry can have.</summary>
public enum CalendarEntryStatus
{
    Tentative,
    Confirmed,
    Cancelled,
}
