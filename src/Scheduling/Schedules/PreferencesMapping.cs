using NodaTime;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;

namespace Telehealth.Scheduling.Schedules;

/// <summary>From stored preferences to what planning reads; the service's defaults when there are none.</summary>
internal static class PreferencesMapping
{
    public static SchedulePreferences ToPlanning(PatientPreferences? stored, DateTimeZone defaultZone)
    {
        if (stored is null)
        {
            return SchedulePreferences.Default(defaultZone);
        }
        var zone = WallClock.FindZone(stored.TimeZone) ?? defaultZone;
        var exerciseTimes = stored.ExerciseTimes
            .Where(t => WallClock.ParseTime(t.Time) is not null)
            .ToDictionary(t => (IsoDayOfWeek)t.Day, t => WallClock.ParseTime(t.Time)!.Value);
        var workHours = stored.WorkHours.Select(ToPlanning).OfType<DailyHours>().ToList();
        var quiet = WallClock.ParseTime(stored.QuietStart) is { } start && WallClock.ParseTime(stored.QuietEnd) is { } end
            ? new QuietHours(start, end)
            : null;
        return new SchedulePreferences(zone, exerciseTimes, workHours, quiet);
    }

    public static DailyHours? ToPlanning(StoredDailyHours hours) =>
        WallClock.ParseTime(hours.Start) is { } start && WallClock.ParseTime(hours.End) is { } end
            ? new DailyHours((IsoDayOfWeek)hours.Day, start, end)
            : null;
}
