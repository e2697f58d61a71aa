namespace Telehealth.Scheduling.Data;

public enum AppointmentOrigin
{
    BookedByTherapist,
    BookedByPatient,
    ReviewRequest,
}
