namespace Telehealth.Scheduling.Data;

public enum ReviewRequestStatus
{
    /// <summary>No free time was found yet; placed when the therapist's hours allow.</summary>
    Pending,

    /// <summary>An appointment was booked for it.</summary>
    Offered,

    /// <summary>An appointment already booked soon enough meets it.</summary>
    AlreadyBooked,
}
