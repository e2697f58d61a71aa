namespace Telehealth.Scheduling.Grpc;

/// <summary>
/// The most a request may carry, checked before anything is looked up or written. Far above
/// what a patient or therapist enters, they keep one request from filling the database or the
/// service's memory (hours are compared pairwise for overlaps); together they keep a valid
/// request well under the gRPC receive limit. Ids are UUIDs; times, dates and time zones must
/// parse, which bounds them too.
/// </summary>
internal static class RequestLimits
{
    /// <summary>A client-chosen request id: the processed_requests column holds 100 characters.</summary>
    public const int RequestId = 100;

    /// <summary>Preferred exercise times: one per day of the week.</summary>
    public const int ExerciseTimes = 7;

    /// <summary>A patient's work hours: up to three spans a day.</summary>
    public const int WorkHours = 21;

    /// <summary>A therapist's weekly hours: several spans a day, split around breaks.</summary>
    public const int WeeklyHours = 50;

    /// <summary>A therapist's availability exceptions (leave, extra hours) in one replacement.</summary>
    public const int Exceptions = 200;

    /// <summary>Why an exception applies: a label such as "annual leave".</summary>
    public const int ExceptionReason = 200;

    /// <summary>Why an appointment is booked, moved or cancelled.</summary>
    public const int AppointmentReason = 2000;
}
