namespace Telehealth.Progress.Data;

/// <summary>A planned session whose window closed unreported, as scheduling said.</summary>
public sealed class MissedSession
{
    public Guid PlannedSessionId { get; set; }

    public Guid PatientId { get; set; }

    public Guid ProgrammeId { get; set; }

    public DateTimeOffset WindowStart { get; set; }

    public DateTimeOffset WindowEnd { get; set; }
}
