namespace Telehealth.Progress.Rules;

/// <summary>
/// Double-progression defaults from CLINICAL.md. A therapist can change them per programme,
/// or per exercise through <see cref="ProgrammeItemDosage.Progression"/>.
/// </summary>
public sealed record ProgressionSettings
{
    public static ProgressionSettings Default { get; } = new();

    /// <summary>
    /// Sessions in a row that must reach the target before the next step is suggested, each on
    /// a day of its own in the patient's time zone: several sessions on one day count as one.
    /// </summary>
    public int ConsecutiveSessions { get; init; } = 2;

    /// <summary>
    /// Each counted day needs its next-morning check, no worse than usual, once that check is
    /// due (the morning after): pain the next morning is what shows the dose was tolerated.
    /// </summary>
    public bool RequireNextDayCheck { get; init; } = true;

    /// <summary>At most one automatic step per exercise in this many days (CLINICAL.md: at most one a week).</summary>
    public int DaysBetweenSteps { get; init; } = 7;

    /// <summary>
    /// An RPE at or above this is maximal effort: the patient had nothing in reserve, so the
    /// session does not count towards progression.
    /// </summary>
    public int MaximalEffortRpe { get; init; } = 10;

    /// <summary>
    /// Load step, before rounding to the equipment's smallest step. 5 % is a common convention,
    /// not a proven optimum (CLINICAL.md), which is why it is a setting.
    /// </summary>
    public decimal LoadIncreasePercent { get; init; } = 5m;

    /// <summary>Holds go up by 5–10 s (CLINICAL.md); the lower end is the default.</summary>
    public int HoldIncreaseSeconds { get; init; } = 5;

    /// <summary>Holds progress toward 60 s: a stretch needs no longer (CLINICAL.md, stretches).</summary>
    public int HoldCeilingSeconds { get; init; } = 60;

    /// <summary>Aerobic minutes go up by about 10 % (CLINICAL.md).</summary>
    public decimal AerobicMinutesIncreasePercent { get; init; } = 10m;
}
