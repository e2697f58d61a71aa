using Microsoft.EntityFrameworkCore;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Notification.Inbox;

/// <summary>
/// A patient's therapists, as prescription's programme events told this service: the therapist of
/// any programme of theirs, whatever became of it since. Progress, scheduling and prescription
/// decide the same way, so a therapist reads a patient's records in all of them or in none, from
/// the moment of prescribing, before any notification about the patient was sent.
/// </summary>
public sealed class CaseloadAccess(NotificationDbContext db) : IPatientAccess
{
    public Task<bool> IsTherapistOfAsync(Guid therapistId, Guid patientId, CancellationToken cancellationToken) =>
        db.Programmes.AnyAsync(p => p.PatientId == patientId && p.TherapistId == therapistId, cancellationToken);
}
