using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// What an appointment must fit around. <paramref name="TherapistHours"/> is null when the therapist
/// has not published any hours: then only overlaps are checked.
/// </summary>
public sealed record BookingContext(
    TherapistHours? TherapistHours,
    IReadOnlyList<Interval> TherapistAppointments,
    IReadOnlyList<Interval> PatientAppointments,
    SchedulePreferences PatientPreferences);
