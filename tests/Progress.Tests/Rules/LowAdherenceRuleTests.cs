using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class LowAdherenceRuleTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<PlannedSession> Sessions(int done, int missed, double daysAgo = 3) =>
        Enumerable.Range(0, done + missed)
            .Select(i =>
            {
                var opens = At.AddDays(-daysAgo).AddHours(-i);
                return new PlannedSession(Guid.NewGuid(), opens, opens.AddHours(12), i < done ? opens.AddHours(1) : null);
            })
            .ToList();

    [Theory]
    [InlineData(1, 1, false)]  // exactly 50 %: no alert
    [InlineData(1, 2, true)]   // 33 %
    [InlineData(4, 5, true)]   // 44 %
    [InlineData(5, 5, false)]
    [InlineData(2, 1, false)]
    [InlineData(0, 1, true)]
    [InlineData(0, 0, false)]  // nothing planned: undefined, no alert
    public void Alerts_below_50_percent_over_14_days(int done, int missed, bool alerts)
    {
        var alert = LowAdherenceRule.Evaluate(Sessions(done, missed), At, AdherenceSettings.Default);

        Assert.Equal(alerts, alert is not null);
        if (alert is not null)
        {
            Assert.Equal(AlertKind.LowAdherence, alert.Kind);
            Assert.Equal(AlertRouting.Standard, alert.Routing);
        }
    }

    [Fact]
    public void The_alert_gives_the_figures()
    {
        var alert = LowAdherenceRule.Evaluate(Sessions(2, 4), At, AdherenceSettings.Default);

        Assert.Equal(
            "Adherence over the last 14 days is 33 % (2 of 6 planned sessions done, 4 missed), below the 50 % alert level.",
            alert?.Explanation);
    }

    [Fact]
    public void Sessions_older_than_two_weeks_do_not_count()
    {
        Assert.Null(LowAdherenceRule.Evaluate(Sessions(0, 5, daysAgo: 15), At, AdherenceSettings.Default));
    }

    [Theory]
    [InlineData(0.8, 3, 1, true)]   // 75 % is below a stricter 80 %
    [InlineData(0.25, 1, 3, false)] // 25 % is not below 25 %
    public void The_alert_level_is_a_setting(double alertBelow, int done, int missed, bool alerts)
    {
        var settings = AdherenceSettings.Default with { AlertBelow = (decimal)alertBelow };

        Assert.Equal(alerts, LowAdherenceRule.Evaluate(Sessions(done, missed), At, settings) is not null);
    }
}
