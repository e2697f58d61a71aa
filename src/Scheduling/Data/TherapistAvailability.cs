namespace Telehealth.Scheduling.Data;

/// <summary>A therapist's weekly hours (local, in their zone) and exceptions.</summary>
public sealed class TherapistAvailability
{
    public Guid TherapistId { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public List<StoredDailyHours> WeeklyHours { get; set; } = [];

    public List<StoredAvailabilityException> Exceptions { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
