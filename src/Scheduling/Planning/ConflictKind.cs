namespace Telehealth.Scheduling.Planning;

public enum ConflictKind
{
    OutsideTherapistHours,
    TherapistBooked,
    PatientBooked,
    PatientQuietHours,
}
