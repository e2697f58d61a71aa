using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Prescription.Programmes;

/// <summary>
/// The audit record of a new programme version: the version before it and the version itself,
/// with the reason the change was made. Recorded beside the version's event, so both commit with it.
/// </summary>
internal static class ProgrammeAudit
{
    /// <summary>Who changes a programme when no person did: an automatic progression within the therapist's cap.</summary>
    public const string ServiceActor = "service:prescription";

    /// <summary>One action per kind of change ("programme.adjusted"), all written from <see cref="ProgrammeAuditSnapshot"/>.</summary>
    public static IReadOnlyDictionary<ProgrammeChangeKind, AuditAction> Actions { get; } =
        Enum.GetValues<ProgrammeChangeKind>().ToDictionary(
            change => change,
            change => new AuditAction("programme." + change.ToString().ToLowerInvariant(), typeof(ProgrammeAuditSnapshot), SchemaVersion: 1));

    public static void Record(PrescriptionDbContext db, Programme programme, ProgrammeVersion version, string actor)
    {
        var previous = programme.FindVersion(version.Number - 1);
        db.RecordAudit(new AuditEntry(programme.PatientId, actor, Actions[version.Change], programme.Id)
        {
            Reason = version.Reason,
            Before = previous is null ? null : ProgrammeAuditSnapshot.Of(previous),
            After = ProgrammeAuditSnapshot.Of(version),
        }, version.CreatedAt);
    }
}
