using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class MinimalImportantChangeTests
{
    private static readonly MinimalImportantChangeSettings Defaults = MinimalImportantChangeSettings.Default;

    [Theory]
    [InlineData(40, 30, true, false)]    // exactly 10 points better
    [InlineData(40, 31, false, false)]   // one below
    [InlineData(40, 29, true, false)]
    [InlineData(30, 40, false, true)]    // 10 points worse
    [InlineData(30, 39, false, false)]
    [InlineData(42.2, 32.2, true, false)]
    [InlineData(20, 20, false, false)]
    public void Oswestry_needs_10_points(double baseline, double followUp, bool improved, bool worsened)
    {
        var result = MinimalImportantChange.ForOswestry((decimal)baseline, (decimal)followUp, Defaults);

        Assert.Equal(OutcomeMeasure.OswestryDisabilityIndex, result.Measure);
        Assert.Equal(improved, result.ImprovementReached);
        Assert.Equal(worsened, result.WorseningReached);
        Assert.Equal((decimal)(followUp - baseline), result.Change);
    }

    [Fact]
    public void Oswestry_explanation_reads_plainly()
    {
        var result = MinimalImportantChange.ForOswestry(42m, 30m, Defaults);

        Assert.Equal(
            "Oswestry Disability Index fell by 12 points (42 % → 30 %): reaches the minimal important change of 10 points, a real improvement.",
            result.Explanation);
    }

    [Theory]
    [InlineData(12, 7, true, false)]
    [InlineData(12, 8, false, false)]
    [InlineData(7, 12, false, true)]
    [InlineData(24, 0, true, false)]
    public void Roland_Morris_needs_5_points(int baseline, int followUp, bool improved, bool worsened)
    {
        var result = MinimalImportantChange.ForRolandMorris(baseline, followUp, Defaults);

        Assert.Equal(improved, result.ImprovementReached);
        Assert.Equal(worsened, result.WorseningReached);
    }

    [Theory]
    [InlineData(5, 3, true, false)]    // 2 points
    [InlineData(10, 8, true, false)]   // 2 points, only 20 %
    [InlineData(3, 2, true, false)]    // 1 point but 33 %
    [InlineData(10, 7, true, false)]   // 30 % exactly
    [InlineData(10, 9, false, false)]  // 10 %
    [InlineData(4, 3, false, false)]   // 25 %
    [InlineData(0, 0, false, false)]
    [InlineData(2, 4, false, true)]    // 2 points worse
    [InlineData(1, 2, false, false)]   // 100 % worse but only 1 point: noise
    public void Pain_needs_2_points_or_30_percent(int baseline, int followUp, bool improved, bool worsened)
    {
        var result = MinimalImportantChange.ForPain(baseline, followUp, Defaults);

        Assert.Equal(OutcomeMeasure.PainNrs, result.Measure);
        Assert.Equal(improved, result.ImprovementReached);
        Assert.Equal(worsened, result.WorseningReached);
    }

    [Fact]
    public void A_relative_improvement_is_explained_as_such()
    {
        var result = MinimalImportantChange.ForPain(3, 2, Defaults);

        Assert.Equal("Pain fell by 1 point (3/10 → 2/10), 33 % of the baseline: reaches the minimal important change of 30 %, a real improvement.", result.Explanation);
    }

    [Fact]
    public void Thresholds_are_settings()
    {
        var stricter = Defaults with { OswestryPoints = 15m, PainNrsPoints = 3, PainNrsPercent = 50m };

        Assert.False(MinimalImportantChange.ForOswestry(40m, 28m, stricter).ImprovementReached);
        Assert.False(MinimalImportantChange.ForPain(5, 3, stricter).ImprovementReached);
        Assert.True(MinimalImportantChange.ForPain(4, 2, stricter).ImprovementReached);
    }

    [Theory]
    [InlineData(-1, 20, "baseline")]
    [InlineData(20, 100.5, "followUp")]
    public void Oswestry_outside_0_to_100_is_refused(double baseline, double followUp, string field)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => MinimalImportantChange.ForOswestry((decimal)baseline, (decimal)followUp, Defaults));

        Assert.Equal(field, error.ParamName);
    }

    [Theory]
    [InlineData(25, 3, "baseline")]
    [InlineData(3, -1, "followUp")]
    public void Roland_Morris_outside_0_to_24_is_refused(int baseline, int followUp, string field)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => MinimalImportantChange.ForRolandMorris(baseline, followUp, Defaults));

        Assert.Equal(field, error.ParamName);
    }

    [Theory]
    [InlineData(11, 3, "baseline")]
    [InlineData(3, 11, "followUp")]
    public void Pain_outside_0_to_10_is_refused(int baseline, int followUp, string field)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => MinimalImportantChange.ForPain(baseline, followUp, Defaults));

        Assert.Equal(field, error.ParamName);
    }
}
