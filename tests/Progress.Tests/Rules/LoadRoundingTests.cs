using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class LoadRoundingTests
{
    [Theory]
    [InlineData(44.625, 2.5, 45)]   // 42.5 kg + 5 %
    [InlineData(21, 1, 21)]         // 20 kg + 5 %
    [InlineData(43.75, 2.5, 42.5)]  // exactly half-way: the smaller step
    [InlineData(43.76, 2.5, 45)]
    [InlineData(10.5, 1, 10)]
    [InlineData(10.51, 1, 11)]
    [InlineData(0, 2.5, 0)]
    [InlineData(52.5, 5, 50)]
    public void Nearest_step_rounds_half_way_down(double kg, double step, double expected) =>
        Assert.Equal((decimal)expected, LoadRounding.ToNearestStep((decimal)kg, (decimal)step));

    [Theory]
    [InlineData(38.25, 2.5, 37.5)]
    [InlineData(18, 1, 18)]
    [InlineData(2.25, 2.5, 0)]
    [InlineData(37.4999, 2.5, 35)]
    public void Down_to_step(double kg, double step, double expected) =>
        Assert.Equal((decimal)expected, LoadRounding.DownToStep((decimal)kg, (decimal)step));

    [Theory]
    [InlineData(44.5, 2.5, 45)]
    [InlineData(45, 2.5, 45)]
    [InlineData(0.1, 1, 1)]
    public void Up_to_step(double kg, double step, double expected) =>
        Assert.Equal((decimal)expected, LoadRounding.UpToStep((decimal)kg, (decimal)step));

    [Theory]
    [InlineData(0)]
    [InlineData(-2.5)]
    public void A_step_of_zero_or_less_is_refused_naming_the_field(double step)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => LoadRounding.ToNearestStep(10m, (decimal)step));
        Assert.Equal(nameof(ProgrammeItemDosage.LoadStepKg), error.ParamName);
    }
}
