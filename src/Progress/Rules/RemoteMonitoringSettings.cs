namespace Telehealth.Progress.Rules;

/// <summary>
/// Remote therapeutic monitoring (US code 98977) needs data on 16 or more days in each
/// 30-day period (CLINICAL.md).
/// </summary>
public sealed record RemoteMonitoringSettings
{
    public static RemoteMonitoringSettings Default { get; } = new();

    public int WindowDays { get; init; } = 30;

    public int RequiredDays { get; init; } = 16;
}
