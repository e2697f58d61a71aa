using Telehealth.Scheduling.Data;
using Telehealth.ServiceDefaults.Auditing;

namespace Telehealth.Scheduling.Schedules;

/// <summary>The audit record of a patient's new schedule preferences, which move every session and reminder.</summary>
internal static class PreferencesAudit
{
    public static AuditAction PreferencesSet { get; } = new("preferences.set", typeof(PreferencesAuditSnapshot), SchemaVersion: 1);

    /// <summary>Take it before changing the preferences; null when the patient had none.</summary>
    public static PreferencesAuditSnapshot? Snapshot(PatientPreferences? preferences) =>
        preferences is null ? null : PreferencesAuditSnapshot.Of(preferences);

    public static void Record(SchedulingDbContext db, PatientPreferences preferences, PreferencesAuditSnapshot? before, string actor, DateTimeOffset at) =>
        db.RecordAudit(new AuditEntry(preferences.PatientId, actor, PreferencesSet, preferences.PatientId)
        {
            Before = before,
            After = PreferencesAuditSnapshot.Of(preferences),
        }, at);
}
