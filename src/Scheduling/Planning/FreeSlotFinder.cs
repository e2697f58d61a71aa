using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>The earliest times a therapist and a patient could meet.</summary>
public static class FreeSlotFinder
{
    /// <summary>
    /// Slots of the asked length inside the therapist's available hours, clear of both people's
    /// appointments and of the patient's quiet hours, earliest first and not overlapping each other.
    /// </summary>
    public static IReadOnlyList<Interval> Find(FreeSlotQuery query)
    {
        var blocked = Intervals.Merge(query.Busy.Concat(
            query.PatientPreferences.Quiet?.Between(query.NotBefore, query.NotAfter, query.PatientPreferences.Zone) ?? []));
        var free = Intervals.Subtract(query.TherapistHours.AvailableBetween(query.NotBefore, query.NotAfter), blocked);
        var slots = new List<Interval>();
        foreach (var window in free)
        {
            for (var start = AlignUp(window.Start, query.TherapistHours.Zone, query.Step); start + query.Length <= window.End; start = AlignUp(start + query.Length, query.TherapistHours.Zone, query.Step))
            {
                slots.Add(new Interval(start, start + query.Length));
                if (slots.Count == query.MaxResults)
                {
                    return slots;
                }
            }
        }
        return slots;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> on a whole step of local time.</summary>
    private static Instant AlignUp(Instant instant, DateTimeZone zone, Duration step)
    {
        var offset = Duration.FromSeconds(zone.GetUtcOffset(instant).Seconds);
        var local = (instant + offset).ToUnixTimeTicks();
        var remainder = local % step.BclCompatibleTicks;
        if (remainder < 0)
        {
            remainder += step.BclCompatibleTicks;
        }
        return remainder == 0 ? instant : instant + Duration.FromTicks(step.BclCompatibleTicks - remainder);
    }
}
