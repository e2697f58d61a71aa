namespace Telehealth.Progress.Rules;

/// <summary>
/// Days with reported data in a 30-day window; 16 or more is what US remote therapeutic
/// monitoring (code 98977) requires (CLINICAL.md). A day is a calendar day in the patient's
/// own time zone.
/// </summary>
public static class RemoteMonitoringDays
{
    /// <summary>The patient's calendar days on which something was reported.</summary>
    public static IReadOnlySet<DateOnly> LocalDays(IEnumerable<DateTimeOffset> reportedAt, TimeZoneInfo patientTimeZone) =>
        reportedAt.Select(t => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, patientTimeZone).DateTime)).ToHashSet();

    /// <summary>The window of <see cref="RemoteMonitoringSettings.WindowDays"/> days ending today.</summary>
    public static RemoteMonitoringStatus EvaluateRolling(IEnumerable<DateOnly> daysWithData, DateOnly today, RemoteMonitoringSettings settings) =>
        Evaluate(daysWithData, today.AddDays(1 - settings.WindowDays), today, settings);

    /// <summary>A window starting on <paramref name="windowStart"/> (e.g. the billing period), as of <paramref name="today"/>.</summary>
    public static RemoteMonitoringStatus Evaluate(IEnumerable<DateOnly> daysWithData, DateOnly windowStart, DateOnly today, RemoteMonitoringSettings settings)
    {
        if (today < windowStart)
        {
            throw new InvalidRuleInputException(nameof(today), $"{Wording.Date(today)} is before the window starts on {Wording.Date(windowStart)}");
        }

        var windowEnd = windowStart.AddDays(settings.WindowDays - 1);
        var lastCounted = today < windowEnd ? today : windowEnd;
        var counted = daysWithData.Where(d => d >= windowStart && d <= lastCounted).Distinct().Count();
        var todayHasData = daysWithData.Contains(today);
        var daysLeft = today > windowEnd ? 0 : windowEnd.DayNumber - today.DayNumber + 1 - (todayHasData ? 1 : 0);
        var needed = Math.Max(0, settings.RequiredDays - counted);
        var met = needed == 0;
        var achievable = needed <= daysLeft;

        var window = $"{Wording.Date(windowStart)} to {Wording.Date(windowEnd)}";
        var explanation = met
            ? $"{Wording.Count(counted, "day", "days")} with data ({window}): the {settings.RequiredDays} days remote monitoring needs are reached."
            : achievable
                ? $"{counted} of the {settings.RequiredDays} days needed ({window}): {Wording.Count(needed, "more day", "more days")} needed, {Wording.Count(daysLeft, "day", "days")} left."
                : $"{counted} of the {settings.RequiredDays} days needed ({window}): {Wording.Count(needed, "more day", "more days")} needed but only {Wording.Count(daysLeft, "day", "days")} left, so this window can no longer reach it.";

        return new RemoteMonitoringStatus(windowStart, windowEnd, counted, settings.RequiredDays, needed, daysLeft, met, achievable, explanation);
    }
}
