namespace Telehealth.Progress.Data;

/// <summary>One version's items as prescription published them; reports are checked against the version they follow.</summary>
public sealed class ProgrammeVersionCopy
{
    public Guid ProgrammeId { get; set; }

    public int Version { get; set; }

    /// <summary>The items (ProgrammeItemSnapshot records) as JSON.</summary>
    public string Items { get; set; } = "[]";

    public DateTimeOffset ReceivedAt { get; set; }
}
