using Telehealth.Scheduling.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Scheduling.Schedules;

/// <summary>The audit record of a patient's new schedule preferences, which move every session and reminder.</summary>
internal static class PreferencesAudit
{
    /// <summary>Take it before changing the preferences; null when the patient had none.</summary>
    public static object? Snapshot(PatientPreferences? preferences) => preferences is null ? null : new
    {
        preferences.TimeZone,
        ExerciseTimes = preferences.ExerciseTimes.ToList(),
        WorkHours = preferences.WorkHours.ToList(),
        preferences.QuietStart,
        preferences.QuietEnd,
    };

    public static void Record(SchedulingDbContext db, PatientPreferences preferences, object? before, string actor, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(preferences.PatientId, actor, "preferences.set", preferences.PatientId)
        {
            Before = before,
            After = Snapshot(preferences),
        }, at);
}
