using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <param name="Busy">Both people's appointments.</param>
/// <param name="Step">Slots start on multiples of this in the therapist's local time (every quarter hour).</param>
public sealed record FreeSlotQuery(
    TherapistHours TherapistHours,
    IReadOnlyList<Interval> Busy,
    SchedulePreferences PatientPreferences,
    Duration Length,
    Instant NotBefore,
    Instant NotAfter,
    Duration Step,
    int MaxResults);
