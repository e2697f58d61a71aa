namespace Telehealth.Scheduling.Data;

/// <summary>A patient's schedule preferences as they set them.</summary>
public sealed class PatientPreferences
{
    public Guid PatientId { get; set; }

    /// <summary>IANA zone name.</summary>
    public string TimeZone { get; set; } = "UTC";

    public List<StoredDayTime> ExerciseTimes { get; set; } = [];

    public List<StoredDailyHours> WorkHours { get; set; } = [];

    public string? QuietStart { get; set; }

    public string? QuietEnd { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who set them, e.g. "patient:…".</summary>
    public string UpdatedBy { get; set; } = "";
}
