namespace Telehealth.Progress.Data;

/// <summary>What progress knows of a programme from prescription's events: whose it is and where it stands.</summary>
public sealed class ProgrammeCopy
{
    public Guid ProgrammeId { get; set; }

    public Guid PatientId { get; set; }

    public Guid TherapistId { get; set; }

    public int CurrentVersion { get; set; }

    public string Status { get; set; } = ProgrammeCopyStatus.Active;

    public DateTimeOffset UpdatedAt { get; set; }
}
