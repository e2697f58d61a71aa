using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

/// <summary>The defaults are the CLINICAL.md figures; a change here is a clinical change.</summary>
public class RuleSettingsTests
{
    [Fact]
    public void Defaults_are_the_clinical_figures()
    {
        var s = RuleSettings.Default;

        Assert.Equal((2, 5, 2, 0), (s.Pain.SafeUpTo, s.Pain.AcceptableUpTo, s.Pain.FlareRiseOf, s.Pain.NextDayToleranceAboveUsual));
        Assert.Equal((2, true, 7, 10, 5m, 5, 60, 10m),
            (s.Progression.ConsecutiveSessions, s.Progression.RequireNextDayCheck, s.Progression.DaysBetweenSteps, s.Progression.MaximalEffortRpe,
             s.Progression.LoadIncreasePercent, s.Progression.HoldIncreaseSeconds, s.Progression.HoldCeilingSeconds, s.Progression.AerobicMinutesIncreasePercent));
        Assert.Equal((10m, 10m, 10m, 5, 10m, false),
            (s.Regression.LoadDecreasePercent, s.Regression.RepsDecreasePercent, s.Regression.HoldDecreasePercent,
             s.Regression.MinimumHoldSeconds, s.Regression.AerobicMinutesDecreasePercent, s.Regression.AllowHalving));
        Assert.Equal((7, 28, 14, 0.5m), (s.Adherence.ShortWindowDays, s.Adherence.LongWindowDays, s.Adherence.AlertWindowDays, s.Adherence.AlertBelow));
        Assert.Equal((10m, 5, 2, 30m),
            (s.MinimalImportantChange.OswestryPoints, s.MinimalImportantChange.RolandMorrisPoints, s.MinimalImportantChange.PainNrsPoints, s.MinimalImportantChange.PainNrsPercent));
        Assert.Equal((30, 16), (s.RemoteMonitoring.WindowDays, s.RemoteMonitoring.RequiredDays));
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(RuleSettingsValidator.Validate(RuleSettings.Default));

    public static TheoryData<RuleSettings, string> InvalidSettings => new()
    {
        { RuleSettings.Default with { Pain = PainSettings.Default with { SafeUpTo = -1 } }, "Settings.Pain.SafeUpTo" },
        { RuleSettings.Default with { Pain = PainSettings.Default with { AcceptableUpTo = 1 } }, "Settings.Pain.AcceptableUpTo" },
        { RuleSettings.Default with { Pain = PainSettings.Default with { FlareRiseOf = 0 } }, "Settings.Pain.FlareRiseOf" },
        { RuleSettings.Default with { Progression = ProgressionSettings.Default with { MaximalEffortRpe = 12 } }, "Settings.Progression.MaximalEffortRpe" },
        { RuleSettings.Default with { Progression = ProgressionSettings.Default with { LoadIncreasePercent = 0m } }, "Settings.Progression.LoadIncreasePercent" },
        { RuleSettings.Default with { Progression = ProgressionSettings.Default with { DaysBetweenSteps = -1 } }, "Settings.Progression.DaysBetweenSteps" },
        { RuleSettings.Default with { Regression = RegressionSettings.Default with { MinimumHoldSeconds = 0 } }, "Settings.Regression.MinimumHoldSeconds" },
        { RuleSettings.Default with { Regression = RegressionSettings.Default with { HoldDecreasePercent = 0m } }, "Settings.Regression.HoldDecreasePercent" },
        { RuleSettings.Default with { Regression = RegressionSettings.Default with { RepsDecreasePercent = 101m } }, "Settings.Regression.RepsDecreasePercent" },
        { RuleSettings.Default with { Adherence = AdherenceSettings.Default with { AlertWindowDays = 0 } }, "Settings.Adherence.AlertWindowDays" },
        { RuleSettings.Default with { Adherence = AdherenceSettings.Default with { AlertBelow = 1.5m } }, "Settings.Adherence.AlertBelow" },
        { RuleSettings.Default with { MinimalImportantChange = MinimalImportantChangeSettings.Default with { OswestryPoints = 0m } }, "Settings.MinimalImportantChange.OswestryPoints" },
        { RuleSettings.Default with { RemoteMonitoring = RemoteMonitoringSettings.Default with { RequiredDays = 31 } }, "Settings.RemoteMonitoring.RequiredDays" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Changes_that_make_no_sense_are_refused_naming_the_field(RuleSettings settings, string field) =>
        Assert.Equal(field, Assert.Single(RuleSettingsValidator.Validate(settings)).Field);
}
