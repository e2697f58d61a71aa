using Telehealth.Contracts.Events.V1;

namespace Telehealth.Scheduling.Data;

/// <summary>What scheduling knows of a programme from prescription's events: whose it is, its items and where it stands.</summary>
public sealed class ProgrammeCopy
{
    public Guid ProgrammeId { get; set; }

    public Guid PatientId { get; set; }

    public Guid TherapistId { get; set; }

    /// <summary>The newest version heard of (pauses and resumes make versions too).</summary>
    public int Version { get; set; }

    public ProgrammeStatus Status { get; set; }

    /// <summary>The version the items below come from; 0 until a version with items arrives.</summary>
    public int ItemsVersion { get; set; }

    public List<ProgrammeItemSnapshot> Items { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
