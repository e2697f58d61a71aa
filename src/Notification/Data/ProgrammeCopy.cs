namespace Telehealth.Notification.Data;

/// <summary>
/// What this service knows of a programme from prescription's events: whose it is, which therapist
/// looks after it, and where it stands. It is the caseload the audit trail's access rule reads.
/// </summary>
public sealed class ProgrammeCopy
{
    public Guid ProgrammeId { get; set; }

    public Guid PatientId { get; set; }

    public Guid TherapistId { get; set; }

    /// <summary>The newest version heard of; an event about an older one changes nothing.</summary>
    public int Version { get; set; }

    public string Status { get; set; } = ProgrammeCopyStatus.Active;

    public DateTimeOffset UpdatedAt { get; set; }
}
