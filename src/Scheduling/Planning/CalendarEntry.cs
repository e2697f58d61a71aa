using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// One event of the calendar feed. <paramref name="Uid"/> stays the same for the life of the session
/// or appointment, and <paramref name="Sequence"/> goes up each time it moves, so a phone calendar
/// updates the event instead of adding another.
/// </summary>
public sealed record CalendarEntry(
    string Uid,
    Instant Start,
    Instant End,
    string Summary,
    string Description,
    CalendarEntryStatus Status,
    int Sequence);
