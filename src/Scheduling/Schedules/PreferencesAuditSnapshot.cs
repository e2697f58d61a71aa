using Telehealth.Scheduling.Data;

namespace Telehealth.Scheduling.Schedules;

/// <summary>A patient's schedule preferences as their audit records keep them.</summary>
internal sealed record PreferencesAuditSnapshot(
    string TimeZone,
    IReadOnlyList<StoredDayTime> ExerciseTimes,
    IReadOnlyList<StoredDailyHours> WorkHours,
    string? QuietStart,
    string? QuietEnd)
{
    public static PreferencesAuditSnapshot Of(PatientPreferences preferences) => new(
        preferences.TimeZone,
        preferences.ExerciseTimes.ToList(),
        preferences.WorkHours.ToList(),
        preferences.QuietStart,
        preferences.QuietEnd);
}
