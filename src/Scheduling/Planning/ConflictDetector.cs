using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>Checks a proposed appointment against both people's time.</summary>
public static class ConflictDetector
{
    /// <summary>Every reason the time does not work; none when it does. Back-to-back appointments do not overlap.</summary>
    public static IReadOnlyList<Conflict> Check(Interval proposed, BookingContext context)
    {
        var conflicts = new List<Conflict>();
        if (context.TherapistHours is { } hours && !hours.AvailableBetween(proposed.Start, proposed.End).Any(i => Intervals.Covers(i, proposed)))
        {
            conflicts.Add(new Conflict(ConflictKind.OutsideTherapistHours, "is outside the therapist's available hours"));
        }
        if (context.TherapistAppointments.Any(a => Intervals.Overlap(a, proposed)))
        {
            conflicts.Add(new Conflict(ConflictKind.TherapistBooked, "overlaps another of the therapist's appointments"));
        }
        if (context.PatientAppointments.Any(a => Intervals.Overlap(a, proposed)))
        {
            conflicts.Add(new Conflict(ConflictKind.PatientBooked, "overlaps another of the patient's appointments"));
        }
        var preferences = context.PatientPreferences;
        if (preferences.Quiet is { } quiet && quiet.Between(proposed.Start, proposed.End, preferences.Zone).Any(q => Intervals.Overlap(q, proposed)))
        {
            conflicts.Add(new Conflict(ConflictKind.PatientQuietHours, "falls in the patient's quiet hours"));
        }
        return conflicts;
    }
}
