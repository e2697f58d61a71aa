using Telehealth.Progress.Rules;
using static Telehealth.Progress.Tests.Rules.TestDosages;

namespace Telehealth.Progress.Tests.Rules;

public class RegressionCalculatorTests
{
    private const string Because = "Pain rose by 3 points (2 → 5) during the session";

    [Theory]
    [InlineData(42.5, 2.5, null, 37.5)]  // 38.25 rounded down to the 2.5 kg step
    [InlineData(42.5, 2.5, 40.0, 40)]    // back to the previous load
    [InlineData(20, 1, null, 18)]
    [InlineData(100, 5, null, 90)]
    [InlineData(45, 2.5, 50.0, 40)]      // a higher "previous" load is from before a manual lowering: ignored
    [InlineData(45, 2.5, 45.0, 40)]      // equal previous load is no step back: ignored
    public void Load_goes_back_to_the_previous_load_or_about_10_percent_less_rounded_down(double load, double step, double? previous, double expected)
    {
        var dosage = CableExtension((decimal)load, (decimal)step) with { PreviousLoadKg = (decimal?)previous };

        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(dosage, RegressionSettings.Default, Because));

        Assert.Equal(DosageField.LoadKg, suggestion.Field);
        Assert.Equal((decimal)load, suggestion.From);
        Assert.Equal((decimal)expected, suggestion.To);
        Assert.Equal((decimal)expected, suggestion.Suggested.LoadKg);
        Assert.Equal(dosage.Reps, suggestion.Suggested.Reps);
        Assert.Equal(SuggestionDirection.Regression, suggestion.Direction);
        Assert.Null(suggestion.LimitedBy);
    }

    [Fact]
    public void Ten_percent_less_is_explained_with_the_rounding()
    {
        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(CableExtension(), RegressionSettings.Default, Because));

        Assert.Equal(
            $"{Because}. Cable trunk extension: next session uses about 10 % less load, 37.5 kg (from 42.5 kg, on the 2.5 kg step).",
            suggestion.Explanation);
    }

    [Fact]
    public void Zero_load_falls_back_to_fewer_reps()
    {
        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(CableExtension(0m), RegressionSettings.Default, Because));

        Assert.Equal(DosageField.RepsMax, suggestion.Field);
        Assert.Equal(new RepRange(8, 11), suggestion.Suggested.Reps);
        Assert.Equal(0m, suggestion.Suggested.LoadKg);
    }

    [Theory]
    [InlineData(2.5, 2.5)]   // one step down is nothing at all
    [InlineData(1, 2.5)]     // off the grid, below one step
    [InlineData(5, 2.5)]     // one step down would halve it
    public void A_load_without_a_small_enough_step_down_eases_the_reps_instead(double load, double step)
    {
        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(CableExtension((decimal)load, (decimal)step), RegressionSettings.Default, Because));

        Assert.Equal(DosageField.RepsMax, suggestion.Field);
        Assert.Equal((decimal)load, suggestion.Suggested.LoadKg);
    }

    [Fact]
    public void Halving_a_load_is_allowed_only_when_the_settings_ask_for_it()
    {
        var settings = RegressionSettings.Default with { AllowHalving = true };

        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(CableExtension(5m, 2.5m), settings, Because));

        Assert.Equal(DosageField.LoadKg, suggestion.Field);
        Assert.Equal(2.5m, suggestion.To);
    }

    [Theory]
    [InlineData(8, 12, 8, 11)]
    [InlineData(10, 15, 10, 13)]
    [InlineData(3, 10, 3, 9)]
    [InlineData(5, 5, 4, 4)]    // at least one rep fewer; the bottom follows the top down
    public void Body_weight_exercises_get_fewer_reps(int min, int max, int expectedMin, int expectedMax)
    {
        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(BirdDog(min, max), RegressionSettings.Default, Because));

        Assert.Equal(DosageField.RepsMax, suggestion.Field);
        Assert.Equal(max, suggestion.From);
        Assert.Equal(expectedMax, suggestion.To);
        Assert.Equal(new RepRange(expectedMin, expectedMax), suggestion.Suggested.Reps);
    }

    [Fact]
    public void Two_reps_are_not_halved_to_one() =>
        Assert.IsType<NoAutomaticChange>(RegressionCalculator.Suggest(BirdDog(2, 2), RegressionSettings.Default, Because));

    [Fact]
    public void One_rep_cannot_go_lower()
    {
        var outcome = RegressionCalculator.Suggest(BirdDog(1, 1), RegressionSettings.Default, Because);

        var none = Assert.IsType<NoAutomaticChange>(outcome);
        Assert.Equal(NoChangeReason.AlreadyAtLowest, none.Reason);
        Assert.Contains("Bird-dog is already at its lowest dose", none.Explanation);
    }

    [Theory]
    [InlineData(30, 27)]
    [InlineData(60, 54)]
    [InlineData(10, 9)]   // about 10 % less, never halved (10 → 5 s was the old step)
    [InlineData(8, 7)]    // at least one second
    [InlineData(6, 5)]
    public void Holds_get_shorter(int hold, int expected)
    {
        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(SidePlank(hold), RegressionSettings.Default, Because));

        Assert.Equal(DosageField.HoldSeconds, suggestion.Field);
        Assert.Equal(expected, suggestion.Suggested.HoldSeconds);
    }

    [Fact]
    public void A_hold_at_the_minimum_is_already_at_its_lowest()
    {
        var none = Assert.IsType<NoAutomaticChange>(RegressionCalculator.Suggest(PsoasStretch(5), RegressionSettings.Default, Because));

        Assert.Equal(NoChangeReason.AlreadyAtLowest, none.Reason);
    }

    [Fact]
    public void A_hold_at_the_minimum_falls_back_to_fewer_reps_when_there_are_reps()
    {
        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(ShoulderBridge(5), RegressionSettings.Default, Because));

        Assert.Equal(DosageField.RepsMax, suggestion.Field);
        Assert.Equal(5, suggestion.Suggested.HoldSeconds);
    }

    [Theory]
    [InlineData(30, 27)]
    [InlineData(10, 9)]
    [InlineData(5, 4)]
    public void Aerobic_minutes_come_down_about_10_percent(int minutes, int expected)
    {
        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(Walking(minutes), RegressionSettings.Default, Because));

        Assert.Equal(DosageField.Minutes, suggestion.Field);
        Assert.Equal(expected, suggestion.Suggested.Minutes);
    }

    [Fact]
    public void Two_minutes_of_walking_are_not_halved() =>
        Assert.IsType<NoAutomaticChange>(RegressionCalculator.Suggest(Walking(2), RegressionSettings.Default, Because));

    [Theory]
    [InlineData(12, 10, 10)]  // back to the previous version's hold
    [InlineData(12, 15, 11)]  // a longer "previous" hold is no step back: about 10 % less
    public void Holds_go_back_to_the_previous_version_first(int hold, int previous, int expected)
    {
        var dosage = SidePlank(hold) with { PreviousHoldSeconds = previous };

        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(dosage, RegressionSettings.Default, Because));

        Assert.Equal(expected, suggestion.Suggested.HoldSeconds);
    }

    [Fact]
    public void Reps_and_minutes_go_back_to_the_previous_version_first()
    {
        var reps = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(BirdDog(8, 12) with { PreviousReps = new RepRange(8, 10) }, RegressionSettings.Default, Because));
        var minutes = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(Walking(30) with { PreviousMinutes = 25 }, RegressionSettings.Default, Because));

        Assert.Equal(new RepRange(8, 10), reps.Suggested.Reps);
        Assert.Equal(25, minutes.Suggested.Minutes);
    }

    [Fact]
    public void One_minute_of_walking_cannot_go_lower() =>
        Assert.IsType<NoAutomaticChange>(RegressionCalculator.Suggest(Walking(1), RegressionSettings.Default, Because));

    [Fact]
    public void Movement_breaks_are_not_regressed() =>
        Assert.Null(RegressionCalculator.Suggest(MovementBreak(), RegressionSettings.Default, Because));

    [Theory]
    [InlineData(20, 50, 2.5, 40)]
    [InlineData(5, 42.5, 2.5, 40)]
    public void The_percentage_is_a_setting(double percent, double load, double step, double expected)
    {
        var settings = RegressionSettings.Default with { LoadDecreasePercent = (decimal)percent };

        var suggestion = Assert.IsType<DosageSuggestion>(RegressionCalculator.Suggest(CableExtension((decimal)load, (decimal)step), settings, Because));

        Assert.Equal((decimal)expected, suggestion.To);
    }
}
