using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class RemoteMonitoringDaysTests
{
    private static readonly DateOnly WindowStart = new(2025, 3, 1);

    /// <summary>Days of the window by offset from its start (0 = first day).</summary>
    private static IEnumerable<DateOnly> Days(params int[] offsets) => offsets.Select(o => WindowStart.AddDays(o));

    private static IEnumerable<DateOnly> FirstDays(int count) => Days(Enumerable.Range(0, count).ToArray());

    [Theory]
    [InlineData(16, true, 0)]
    [InlineData(15, false, 1)]
    [InlineData(17, true, 0)]
    [InlineData(0, false, 16)]
    public void Sixteen_days_meet_the_requirement(int daysWithData, bool met, int stillNeeded)
    {
        var status = RemoteMonitoringDays.Evaluate(FirstDays(daysWithData), WindowStart, WindowStart.AddDays(29), RemoteMonitoringSettings.Default);

        Assert.Equal(daysWithData, status.DaysWithData);
        Assert.Equal(met, status.RequirementMet);
        Assert.Equal(stillNeeded, status.DaysStillNeeded);
        Assert.Equal(16, status.DaysRequired);
    }

    [Theory]
    // today is day 19 (the 20th day): 11 days left including today when today has no data yet
    [InlineData(5, false, 11, 11, true)]
    [InlineData(4, false, 12, 11, false)]
    [InlineData(5, true, 10, 10, true)]   // today already counted: 10 days left after it
    [InlineData(4, true, 11, 10, false)]
    public void Says_how_many_more_days_are_needed_and_whether_they_are_still_possible(int earlierDays, bool todayHasData, int stillNeeded, int daysLeft, bool achievable)
    {
        var today = WindowStart.AddDays(19);
        var days = FirstDays(earlierDays).Concat(todayHasData ? [today] : []);

        var status = RemoteMonitoringDays.Evaluate(days, WindowStart, today, RemoteMonitoringSettings.Default);

        Assert.Equal(stillNeeded, status.DaysStillNeeded);
        Assert.Equal(daysLeft, status.DaysLeft);
        Assert.Equal(achievable, status.StillAchievable);
    }

    [Fact]
    public void The_explanation_says_when_the_window_can_no_longer_reach_16()
    {
        var status = RemoteMonitoringDays.Evaluate(FirstDays(4), WindowStart, WindowStart.AddDays(19), RemoteMonitoringSettings.Default);

        Assert.Equal(
            "4 of the 16 days needed (2025-03-01 to 2025-03-30): 12 more days needed but only 11 days left, so this window can no longer reach it.",
            status.Explanation);
    }

    [Fact]
    public void Only_distinct_days_inside_the_window_and_up_to_today_count()
    {
        var today = WindowStart.AddDays(10);
        var days = Days(0, 0, 1, 2, 15).Append(WindowStart.AddDays(-1)).Append(WindowStart.AddDays(31));

        var status = RemoteMonitoringDays.Evaluate(days, WindowStart, today, RemoteMonitoringSettings.Default);

        Assert.Equal(3, status.DaysWithData);
        Assert.Equal(WindowStart.AddDays(29), status.WindowEnd);
    }

    [Fact]
    public void After_the_window_has_ended_there_are_no_days_left()
    {
        var status = RemoteMonitoringDays.Evaluate(FirstDays(10), WindowStart, WindowStart.AddDays(40), RemoteMonitoringSettings.Default);

        Assert.Equal(0, status.DaysLeft);
        Assert.False(status.StillAchievable);
    }

    [Fact]
    public void The_rolling_window_is_the_30_days_ending_today()
    {
        var today = new DateOnly(2025, 4, 15);
        var days = Enumerable.Range(0, 40).Select(i => today.AddDays(-i));

        var status = RemoteMonitoringDays.EvaluateRolling(days, today, RemoteMonitoringSettings.Default);

        Assert.Equal(today.AddDays(-29), status.WindowStart);
        Assert.Equal(today, status.WindowEnd);
        Assert.Equal(30, status.DaysWithData);
    }

    [Fact]
    public void The_window_and_required_days_are_settings()
    {
        var settings = new RemoteMonitoringSettings { WindowDays = 7, RequiredDays = 3 };

        var status = RemoteMonitoringDays.Evaluate(FirstDays(3), WindowStart, WindowStart.AddDays(6), settings);

        Assert.True(status.RequirementMet);
        Assert.Equal(WindowStart.AddDays(6), status.WindowEnd);
    }

    [Fact]
    public void Today_before_the_window_is_refused()
    {
        var error = Assert.Throws<InvalidRuleInputException>(() =>
            RemoteMonitoringDays.Evaluate([], WindowStart, WindowStart.AddDays(-1), RemoteMonitoringSettings.Default));

        Assert.Equal("today", error.ParamName);
    }

    [Theory]
    [InlineData(2, "2025-03-02")]    // 23:30 UTC is already the next day two hours east
    [InlineData(-5, "2025-03-01")]   // and still the same day five hours west
    public void Days_are_calendar_days_in_the_patients_time_zone(int offsetHours, string expected)
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("test", TimeSpan.FromHours(offsetHours), "test", "test");
        var reports = new[] { new DateTimeOffset(2025, 3, 1, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 1, 23, 45, 0, TimeSpan.Zero) };

        var days = RemoteMonitoringDays.LocalDays(reports, zone);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(days));
    }
}
