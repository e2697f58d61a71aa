namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>
/// Whose therapist a caller is, as this service knows its caseload: prescription from the
/// programmes it keeps, the others from what prescription's events told them. The audit trail
/// asks it before a therapist may read a patient's records.
/// </summary>
public interface IPatientAccess
{
    Task<bool> IsTherapistOfAsync(Guid therapistId, Guid patientId, CancellationToken cancellationToken);
}
