using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class PainMonitoringModelTests
{
    [Theory]
    [InlineData(0, PainZone.Safe)]
    [InlineData(2, PainZone.Safe)]
    [InlineData(3, PainZone.Acceptable)]
    [InlineData(5, PainZone.Acceptable)]
    [InlineData(6, PainZone.TooMuch)]
    [InlineData(10, PainZone.TooMuch)]
    public void Classifies_by_the_default_zones(int pain, PainZone expected) =>
        Assert.Equal(expected, PainMonitoringModel.Classify(pain, PainSettings.Default));

    [Theory]
    [InlineData(1, PainZone.Safe)]
    [InlineData(2, PainZone.Acceptable)]
    [InlineData(4, PainZone.Acceptable)]
    [InlineData(5, PainZone.TooMuch)]
    public void A_therapist_can_tighten_the_zones(int pain, PainZone expected)
    {
        var stricter = new PainSettings { SafeUpTo = 1, AcceptableUpTo = 4 };
        Assert.Equal(expected, PainMonitoringModel.Classify(pain, stricter));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Pain_off_the_scale_is_refused(int pain)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => PainMonitoringModel.Classify(pain, PainSettings.Default));
        Assert.Equal("pain", error.ParamName);
    }

    [Theory]
    [InlineData(PainZone.Safe, "safe (0–2)")]
    [InlineData(PainZone.Acceptable, "acceptable (3–5)")]
    [InlineData(PainZone.TooMuch, "too much (above 5)")]
    public void Describes_each_zone_with_its_range(PainZone zone, string expected) =>
        Assert.Equal(expected, PainMonitoringModel.Describe(zone, PainSettings.Default));
}
