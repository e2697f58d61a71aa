namespace Telehealth.Progress.Rules;

/// <param name="DaysStillNeeded">Days with data still to come before the requirement is met; 0 once it is.</param>
/// <param name="DaysLeft">Days from today to the end of the window on which data can still be added (today counts if it has none yet).</param>
/// <param name="RequirementMet">On track for code 98977: the required days are already reached.</param>
public sealed record RemoteMonitoringStatus(
    DateOnly WindowStart,
    DateOnly WindowEnd,
    int DaysWithData,
    int DaysRequired,
    int DaysStillNeeded,
    int DaysLeft,
    bool RequirementMet,
    bool StillAchievable,
    string Explanation);
