namespace Telehealth.Scheduling.Data;

public enum AppointmentStatus
{
    Booked,
    Cancelled,
}
