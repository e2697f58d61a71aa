using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Programmes;

/// <summary>A programme version as its audit records keep it (schema in snapshots.md beside audit.proto).</summary>
internal sealed record ProgrammeAuditSnapshot(int Version, ProgrammeStatus Status, int ReviewIntervalDays, IReadOnlyList<ProgrammeItemAuditSnapshot> Items)
{
    public static ProgrammeAuditSnapshot Of(ProgrammeVersion version) => new(
        version.Number,
        version.Status,
        version.ReviewIntervalDays,
        version.Items.OrderBy(i => i.Order).Select(ProgrammeItemAuditSnapshot.Of).ToList());
}
