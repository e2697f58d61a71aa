namespace Telehealth.Progress.Rules;

/// <summary>
/// Every threshold the rules use, per programme. <see cref="Default"/> holds the CLINICAL.md
/// values; a therapist's changes are applied with <c>with</c>.
/// </summary>
public sealed record RuleSettings
{
    public static RuleSettings Default { get; } = new();

    public PainSettings Pain { get; init; } = PainSettings.Default;

    public ProgressionSettings Progression { get; init; } = ProgressionSettings.Default;

    public RegressionSettings Regression { get; init; } = RegressionSettings.Default;

    public AdherenceSettings Adherence { get; init; } = AdherenceSettings.Default;

    public MinimalImportantChangeSettings MinimalImportantChange { get; init; } = MinimalImportantChangeSettings.Default;

    public RemoteMonitoringSettings RemoteMonitoring { get; init; } = RemoteMonitoringSettings.Default;
}
