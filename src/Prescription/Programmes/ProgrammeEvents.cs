using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Grpc;

namespace Telehealth.Prescription.Programmes;

/// <summary>The integration event for each kind of programme change, with the items consumers need.</summary>
internal static class ProgrammeEvents
{
    /// <param name="redFlagReport">The report whose red flag holds the programme, for a hold.</param>
    public static void Publish(PrescriptionDbContext db, Programme programme, ProgrammeVersion version, Guid? redFlagReport = null)
    {
        var at = version.CreatedAt;
        switch (version.Change)
        {
            case ProgrammeChangeKind.Prescribed:
                db.Publish(new ProgrammePrescribed(programme.Id, programme.PatientId, programme.TherapistId, version.Number, Snapshot(version), version.ReviewIntervalDays, at), at);
                break;
            case ProgrammeChangeKind.Adjusted:
                db.Publish(new ProgrammeAdjusted(programme.Id, programme.PatientId, programme.TherapistId, version.Number, Snapshot(version), version.Reason, version.SuggestionId, at), at);
                break;
            case ProgrammeChangeKind.Paused:
                db.Publish(new ProgrammePaused(programme.Id, programme.PatientId, programme.TherapistId, version.Number, version.Reason, at), at);
                break;
            case ProgrammeChangeKind.Resumed:
                db.Publish(new ProgrammeResumed(programme.Id, programme.PatientId, programme.TherapistId, version.Number, version.Reason, at), at);
                break;
            case ProgrammeChangeKind.Completed:
                db.Publish(new ProgrammeCompleted(programme.Id, programme.PatientId, programme.TherapistId, version.Number, version.Reason, at), at);
                break;
            case ProgrammeChangeKind.Held:
                db.Publish(new ProgrammeHeld(programme.Id, programme.PatientId, programme.TherapistId, version.Number, version.Reason, redFlagReport ?? Guid.Empty, at), at);
                break;
        }
    }

    private static IReadOnlyList<ProgrammeItemSnapshot> Snapshot(ProgrammeVersion version) =>
        version.Items.OrderBy(i => i.Order).Select(item => new ProgrammeItemSnapshot(
            item.ItemId,
            item.ExerciseId,
            item.ExerciseName,
            item.Category.ToString(),
            new DosageSnapshot(
                item.Dosage.Sets, item.Dosage.RepsMin, item.Dosage.RepsMax, item.Dosage.HoldSeconds, item.Dosage.LoadKg,
                item.Dosage.Minutes, item.Dosage.SessionsPerWeek, DosageMapping.DaysOf(item.Dosage.Days),
                item.Dosage.RpeTarget, item.Dosage.HoldsPerSide, item.Dosage.IntervalMinutes),
            item.LoadStepKg,
            item.Progression.AutoProgressionAllowed,
            item.Progression.MaxLoadKg,
            item.Progression.MaxHoldSeconds,
            item.LoadLoweredByTherapist?.At)).ToList();
}
