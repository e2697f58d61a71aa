using NodaTime;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling;

/// <summary>The "Scheduling" configuration section. Tests shorten the times to seconds.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>The zone of patients who have not set preferences yet.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>When sessions start on days the patient named no time for, "HH:MM".</summary>
    public string DefaultSessionTime { get; set; } = "18:00";

    /// <summary>How long a session may be done after its start before it counts as missed.</summary>
    public TimeSpan SessionWindow { get; set; } = TimeSpan.FromHours(4);

    public TimeSpan SessionReminderLead { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Local days planned ahead, today included.</summary>
    public int PlanningHorizonDays { get; set; } = 14;

    public TimeSpan AppointmentFirstReminderLead { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan AppointmentLastReminderLead { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How soon an appointment may start after it is booked or offered.</summary>
    public TimeSpan MinimumBookingNotice { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far ahead free slots are searched when the caller gives no end.</summary>
    public int FreeSlotSearchDays { get; set; } = 14;

    /// <summary>Slots start on multiples of this in the therapist's local time.</summary>
    public TimeSpan SlotStep { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The length of a review offered when progress asks for one.</summary>
    public TimeSpan ReviewDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A review request is met by an appointment already booked this soon, else one is offered within it if possible.</summary>
    public int ReviewWithinDays { get; set; } = 7;

    public int UrgentReviewWithinDays { get; set; } = 2;

    /// <summary>How often the timer dispatcher looks for due timers when nothing wakes it sooner.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Timers fired in one transaction. Each batch waits for the write turn and for its commit to
    /// reach the disk, so 2,000 reminders due at once took twenty batches and two seconds at 100.
    /// </summary>
    public int TimerBatchSize { get; set; } = 500;

    public PlanningSettings Planning => new(
        PlanningHorizonDays,
        Duration.FromTimeSpan(SessionWindow),
        Duration.FromTimeSpan(SessionReminderLead),
        WallClock.ParseTime(DefaultSessionTime) ?? new LocalTime(18, 0));

    public IReadOnlyList<Duration> AppointmentReminderLeads =>
        new[] { AppointmentFirstReminderLead, AppointmentLastReminderLead }
            .Where(lead => lead > TimeSpan.Zero)
            .Distinct()
            .Select(Duration.FromTimeSpan)
            .ToList();

    public DateTimeZone DefaultZone => WallClock.FindZone(DefaultTimeZone) ?? DateTimeZone.Utc;

    /// <summary>Problems that would make the service misbehave; it refuses to start with any.</summary>
    public IEnumerable<string> Problems()
    {
        if (WallClock.FindZone(DefaultTimeZone) is null)
        {
            yield return $"{Section}:DefaultTimeZone '{DefaultTimeZone}' is not an IANA time zone.";
        }
        if (WallClock.ParseTime(DefaultSessionTime) is null)
        {
            yield return $"{Section}:DefaultSessionTime must be HH:MM.";
        }
        if (SessionWindow <= TimeSpan.Zero || SessionWindow > TimeSpan.FromHours(24))
        {
            yield return $"{Section}:SessionWindow must be more than zero and at most a day.";
        }
        if (SessionReminderLead < TimeSpan.Zero)
        {
            yield return $"{Section}:SessionReminderLead must not be negative.";
        }
        if (PlanningHorizonDays is < 1 or > 90)
        {
            yield return $"{Section}:PlanningHorizonDays must be between 1 and 90.";
        }
        if (TimerPollInterval <= TimeSpan.Zero || TimerBatchSize < 1)
        {
            yield return $"{Section}:TimerPollInterval and TimerBatchSize must be positive.";
        }
        if (SlotStep < TimeSpan.FromMinutes(1) || ReviewDuration <= TimeSpan.Zero || FreeSlotSearchDays < 1)
        {
            yield return $"{Section}:SlotStep (at least a minute), ReviewDuration and FreeSlotSearchDays must be positive.";
        }
    }
}
