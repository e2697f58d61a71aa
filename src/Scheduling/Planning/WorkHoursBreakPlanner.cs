using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>Movement breaks every so many minutes within the patient's work hours, never in quiet hours.</summary>
public static class WorkHoursBreakPlanner
{
    /// <summary>
    /// The breaks due after <paramref name="now"/> over <paramref name="days"/> local days from today:
    /// the first one interval after work starts, then every interval, the last before work ends.
    /// </summary>
    public static IReadOnlyList<Instant> Plan(MovementBreakPrescription? prescription, SchedulePreferences preferences, Instant now, int days)
    {
        if (prescription is null || preferences.WorkHours.Count == 0)
        {
            return [];
        }
        var interval = Period.FromMinutes(prescription.IntervalMinutes);
        var today = now.InZone(preferences.Zone).Date;
        var breaks = new List<Instant>();
        for (var offset = 0; offset < days; offset++)
        {
            var date = today.PlusDays(offset);
            if (!prescription.IsOn(date.DayOfWeek))
            {
                continue;
            }
            foreach (var hours in preferences.WorkHours.Where(h => h.Day == date.DayOfWeek).OrderBy(h => h.Start))
            {
                var end = date.At(hours.End);
                for (var local = date.At(hours.Start) + interval; local < end; local += interval)
                {
                    var due = preferences.Zone.ResolveLocal(local, WallClock.Resolver).ToInstant();
                    if (due > now && preferences.Quiet?.Contains(local.TimeOfDay) != true)
                    {
                        breaks.Add(due);
                    }
                }
            }
        }
        return breaks.Distinct().Order().ToList();
    }
}
