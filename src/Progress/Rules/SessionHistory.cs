namespace Telehealth.Progress.Rules;

/// <summary>
/// Recent sessions of the same programme and their next-day checks, enough to see whether the
/// last few days of training in a row reached their targets, with what decides which day a
/// session belongs to and when each exercise last stepped up.
/// </summary>
public sealed record SessionHistory(IReadOnlyList<SessionReport> RecentSessions, IReadOnlyList<NextDayPainCheck> NextDayChecks)
{
    public static SessionHistory Empty { get; } = new([], []);

    /// <summary>The patient's time zone: a day of training is a calendar day where the patient lives.</summary>
    public TimeZoneInfo PatientTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>When the session that earned each exercise's last progression was done, by programme item.</summary>
    public IReadOnlyDictionary<Guid, DateTimeOffset> LastProgressionAt { get; init; } = new Dictionary<Guid, DateTimeOffset>();

    /// <summary>The calendar day of <paramref name="instant"/> where the patient lives.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, PatientTimeZone).DateTime);
}
