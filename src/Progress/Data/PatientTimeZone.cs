namespace Telehealth.Progress.Data;

/// <summary>The time zone a patient lives in, as scheduling last announced it: a day of training is a day there.</summary>
public sealed class PatientTimeZone
{
    public Guid PatientId { get; set; }

    /// <summary>An IANA id, such as "Europe/London".</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>When the patient set it; an older announcement arriving late does not overwrite a newer one.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
