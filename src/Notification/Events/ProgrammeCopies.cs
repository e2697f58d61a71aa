using Telehealth.Notification.Data;

namespace Telehealth.Notification.Events;

/// <summary>
/// Keeps this service's copy of programmes in step with prescription's events, whatever order they
/// arrive in: every event names the programme's therapist at its version, and the newest version
/// heard of decides who that is and where the programme stands.
/// </summary>
internal static class ProgrammeCopies
{
    public static async Task RecordAsync(NotificationDbContext db, Guid programmeId, Guid patientId, Guid therapistId, int version, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
        {
            db.Programmes.Add(new ProgrammeCopy { ProgrammeId = programmeId, PatientId = patientId, TherapistId = therapistId, Version = version, Status = status, UpdatedAt = at });
            return;
        }
        if (version > programme.Version)
        {
            programme.Version = version;
            programme.TherapistId = therapistId;
            programme.Status = status;
            programme.UpdatedAt = at;
        }
    }
}
