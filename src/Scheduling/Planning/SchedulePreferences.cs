using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>What the patient told us about their week: zone, when they like to exercise, work and quiet hours.</summary>
public sealed record SchedulePreferences(
    DateTimeZone Zone,
    IReadOnlyDictionary<IsoDayOfWeek, LocalTime> ExerciseTimes,
    IReadOnlyList<DailyHours> WorkHours,
    QuietHours? Quiet)
{
    public static SchedulePreferences Default(DateTimeZone zone) => new(zone, new Dictionary<IsoDayOfWeek, LocalTime>(), [], null);

    /// <summary>Where a reminder goes once the quiet hours are respected (see <see cref="QuietHours.Place"/>).</summary>
    public Instant? PlaceReminder(Instant due, Instant usefulUntil, bool breakThrough = false) =>
        Quiet is null ? due : Quiet.Place(due, usefulUntil, Zone, breakThrough);
}
