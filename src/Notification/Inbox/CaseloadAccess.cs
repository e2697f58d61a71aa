using Microsoft.EntityFrameworkCore;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Notification.Inbox;

/// <summary>
/// This service learns a patient's therapist only from what it tells them: a therapist who has
/// been notified about the patient (an alert, a suggestion, an appointment) is theirs.
/// </summary>
public sealed class CaseloadAccess(NotificationDbContext db) : IPatientAccess
{
    public Task<bool> IsTherapistOfAsync(Guid therapistId, Guid patientId, CancellationToken cancellationToken) =>
        db.Notifications.AnyAsync(n => n.RecipientId == therapistId && n.PatientId == patientId, cancellationToken);
}
