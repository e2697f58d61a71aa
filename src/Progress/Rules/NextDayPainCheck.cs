namespace Telehealth.Progress.Rules;

/// <summary>
/// The morning-after pain check for a session. <paramref name="UsualPain"/> is the patient's
/// usual (baseline) level, which the caller takes from the patient's own answer or their
/// recorded baseline.
/// </summary>
public sealed record NextDayPainCheck(Guid SessionId, DateTimeOffset CheckedAt, int Pain, int UsualPain);
