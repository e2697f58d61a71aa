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

    public static void Record(PrescriptionDbContext db, Programme programme, ProgrammeVersion version, string actor)
    {
        var previous = programme.FindVersion(version.Number - 1);
        db.RecordAudit(new AuditEntry(programme.PatientId, actor, "programme." + version.Change.ToString().ToLowerInvariant(), programme.Id)
        {
            Reason = version.Reason,
            Before = previous is null ? null : Snapshot(previous),
            After = Snapshot(version),
        }, version.CreatedAt);
    }

    public static object Snapshot(ProgrammeVersion version) => new
    {
        Version = version.Number,
        version.Status,
        version.ReviewIntervalDays,
        Items = version.Items.OrderBy(i => i.Order).Select(item => new
        {
            item.ItemId,
            item.ExerciseId,
            item.ExerciseName,
            item.Category,
            item.Phase,
            item.Mode,
            item.Dosage,
            item.Progression.AutoProgressionAllowed,
            item.Progression.MaxLoadKg,
            item.Progression.MaxHoldSeconds,
            item.Progression.MaxMinutes,
            item.LoadStepKg,
        }),
    };
}
