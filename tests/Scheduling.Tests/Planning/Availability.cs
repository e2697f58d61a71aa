using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

/// <summary>A therapist in London working 09:00–17:00 on weekdays.</summary>
internal static class Availability
{
    public static TherapistHours Weekdays(params AvailabilityException[] exceptions) => new(
        Zones.Of("Europe/London"),
        TrainingDays.Week.Take(5).Select(day => new DailyHours(day, Zones.Time("09:00"), Zones.Time("17:00"))).ToList(),
        exceptions);

    public static Interval Between(string start, string end) => new(Zones.Utc(start), Zones.Utc(end));
}
