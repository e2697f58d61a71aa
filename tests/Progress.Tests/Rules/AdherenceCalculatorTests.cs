using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Tests.Rules;

public class AdherenceCalculatorTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private static int _next;

    /// <summary>A session whose one-day window opened <paramref name="daysAgo"/> days before <see cref="At"/>.</summary>
    private static PlannedSession Session(double daysAgo, bool reported, double windowHours = 24)
    {
        var opens = At.AddDays(-daysAgo);
        return new PlannedSession(new Guid(Interlocked.Increment(ref _next), 0, 0, new byte[8]), opens, opens.AddHours(windowHours), reported ? opens.AddHours(1) : null);
    }

    [Fact]
    public void Nothing_planned_leaves_adherence_undefined_not_zero()
    {
        var window = AdherenceCalculator.Calculate([], At, 7);

        Assert.Equal(0, window.Planned);
        Assert.Null(window.Rate);
    }

    [Theory]
    [InlineData(3, 1, 0.75)]
    [InlineData(1, 1, 0.5)]
    [InlineData(0, 2, 0)]
    [InlineData(4, 0, 1)]
    public void Rate_is_done_over_planned(int done, int missed, double expected)
    {
        var sessions = Enumerable.Range(0, done).Select(i => Session(i + 2, reported: true))
            .Concat(Enumerable.Range(0, missed).Select(i => Session(i + 2, reported: false)))
            .ToList();

        var window = AdherenceCalculator.Calculate(sessions, At, 7);

        Assert.Equal(done, window.Done);
        Assert.Equal(missed, window.Missed);
        Assert.Equal(done + missed, window.Planned);
        Assert.Equal((decimal)expected, window.Rate);
    }

    [Fact]
    public void A_session_whose_window_is_still_open_and_unreported_is_pending_not_missed()
    {
        var open = Session(0.5, reported: false, windowHours: 24);
        var closed = Session(2, reported: true);

        var window = AdherenceCalculator.Calculate([open, closed], At, 7);

        Assert.Equal(1, window.Pending);
        Assert.Equal(0, window.Missed);
        Assert.Equal(1m, window.Rate);
    }

    [Fact]
    public void A_session_reported_in_a_window_that_is_still_open_counts_as_done()
    {
        var window = AdherenceCalculator.Calculate([Session(0.5, reported: true)], At, 7);

        Assert.Equal(1, window.Done);
        Assert.Equal(0, window.Pending);
    }

    [Theory]
    [InlineData(24, 1, 0)]   // closes exactly now: missed
    [InlineData(25, 0, 1)]   // closes in an hour: pending
    public void A_session_is_missed_from_the_moment_its_window_closes(double windowHours, int missed, int pending)
    {
        var window = AdherenceCalculator.Calculate([Session(1, reported: false, windowHours)], At, 7);

        Assert.Equal(missed, window.Missed);
        Assert.Equal(pending, window.Pending);
    }

    [Fact]
    public void A_report_after_the_instant_evaluated_is_not_yet_known()
    {
        var opens = At.AddDays(-2);
        var reportedLater = new PlannedSession(Guid.NewGuid(), opens, opens.AddDays(1), At.AddMinutes(1));

        var window = AdherenceCalculator.Calculate([reportedLater], At, 7);

        Assert.Equal(0, window.Done);
        Assert.Equal(1, window.Missed);
    }

    [Theory]
    [InlineData(7, 7, 1)]      // opened exactly 7 days ago: inside
    [InlineData(7.01, 7, 0)]   // just before the window
    [InlineData(0, 7, 0)]      // opens now: not yet due
    [InlineData(20, 28, 1)]
    [InlineData(20, 7, 0)]
    public void Sessions_belong_to_the_window_in_which_they_opened(double daysAgo, int windowDays, int planned)
    {
        var window = AdherenceCalculator.Calculate([Session(daysAgo, reported: true)], At, windowDays);

        Assert.Equal(planned, window.Planned);
    }

    [Fact]
    public void Summarise_reports_7_28_and_14_days()
    {
        var sessions = new[] { Session(1, true), Session(3, false), Session(10, false), Session(20, true), Session(27, false) };

        var summary = AdherenceCalculator.Summarise(sessions, At, AdherenceSettings.Default);

        Assert.Equal((7, 1, 1), (summary.ShortWindow.Days, summary.ShortWindow.Done, summary.ShortWindow.Missed));
        Assert.Equal((14, 1, 2), (summary.AlertWindow.Days, summary.AlertWindow.Done, summary.AlertWindow.Missed));
        Assert.Equal((28, 2, 3), (summary.LongWindow.Days, summary.LongWindow.Done, summary.LongWindow.Missed));
    }

    [Fact]
    public void The_same_session_reported_twice_counts_once()
    {
        var session = Session(2, reported: true);

        Assert.Equal(1, AdherenceCalculator.Calculate([session, session], At, 7).Planned);
    }

    [Fact]
    public void A_window_that_closes_before_it_opens_is_refused_naming_the_session()
    {
        var ok = Session(2, true);
        var broken = new PlannedSession(Guid.NewGuid(), At.AddDays(-1), At.AddDays(-2));

        var error = Assert.Throws<InvalidRuleInputException>(() => AdherenceCalculator.Calculate([ok, broken], At, 7));

        Assert.Equal("sessions[1].WindowClosesAt", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    public void A_window_of_no_days_is_refused(int days)
    {
        var error = Assert.Throws<InvalidRuleInputException>(() => AdherenceCalculator.Calculate([], At, days));

        Assert.Equal("days", error.ParamName);
    }
}
