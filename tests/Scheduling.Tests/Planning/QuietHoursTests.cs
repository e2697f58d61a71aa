using NodaTime;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Planning;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = new(Zones.Time("22:00"), Zones.Time("07:00"));
    private static readonly QuietHours Afternoon = new(Zones.Time("13:00"), Zones.Time("14:00"));

    [Theory]
    [InlineData("21:59", false)]
    [InlineData("22:00", true)]
    [InlineData("23:30", true)]
    [InlineData("00:00", true)]
    [InlineData("06:59", true)]
    [InlineData("07:00", false)]
    [InlineData("12:00", false)]
    public void Quiet_hours_may_wrap_midnight(string time, bool quiet)
    {
        Assert.Equal(quiet, Night.Contains(Zones.Time(time)));
    }

    [Theory]
    // Outside quiet hours: where it was.
    [InlineData("2026-06-01T08:00:00Z", "2026-06-01T12:00:00Z", false, "2026-06-01T08:00:00Z")]
    // 06:40 London is quiet: moved to 07:00 London, still before the session is over.
    [InlineData("2026-06-01T05:40:00Z", "2026-06-01T10:00:00Z", false, "2026-06-01T06:00:00Z")]
    // 23:00 London: moved to 07:00 the next morning.
    [InlineData("2026-06-01T22:00:00Z", "2026-06-02T09:00:00Z", false, "2026-06-02T06:00:00Z")]
    // The end of the quiet hours is too late to be of use: no reminder.
    [InlineData("2026-06-01T05:40:00Z", "2026-06-01T06:00:00Z", false, null)]
    // Urgent matters break through the quiet hours.
    [InlineData("2026-06-01T05:40:00Z", "2026-06-01T06:00:00Z", true, "2026-06-01T05:40:00Z")]
    public void A_reminder_due_in_quiet_hours_waits_for_them_to_end_or_is_dropped(string due, string usefulUntil, bool urgent, string? expected)
    {
        var placed = Night.Place(Zones.Utc(due), Zones.Utc(usefulUntil), Zones.Of("Europe/London"), urgent);

        Assert.Equal(expected is null ? null : Zones.Utc(expected), placed);
    }

    [Fact]
    public void Quiet_hours_end_at_the_local_time_even_on_the_night_the_clocks_change()
    {
        // Saturday 28 March 23:30 GMT; the quiet night ends at 07:00 BST, 06:00 UTC.
        var placed = Night.Place(Zones.Utc("2026-03-28T23:30:00Z"), Zones.Utc("2026-03-29T12:00:00Z"), Zones.Of("Europe/London"));

        Assert.Equal(Zones.Utc("2026-03-29T06:00:00Z"), placed);
    }

    [Theory]
    [InlineData("09:00", "17:00", false)]
    [InlineData("06:00", "09:00", true)]
    [InlineData("21:00", "23:00", true)]
    public void Hours_overlap_quiet_hours_that_wrap_midnight(string start, string end, bool overlaps)
    {
        Assert.Equal(overlaps, Night.Overlaps(Zones.Time(start), Zones.Time(end)));
    }

    [Theory]
    [InlineData("09:00", "13:00", false)]
    [InlineData("12:00", "13:30", true)]
    [InlineData("14:00", "17:00", false)]
    [InlineData("12:00", "15:00", true)]
    public void Hours_overlap_quiet_hours_within_a_day(string start, string end, bool overlaps)
    {
        Assert.Equal(overlaps, Afternoon.Overlaps(Zones.Time(start), Zones.Time(end)));
    }

    [Fact]
    public void Quiet_periods_between_two_instants_are_listed_in_the_zone()
    {
        var periods = Night.Between(Zones.Utc("2026-06-01T12:00:00Z"), Zones.Utc("2026-06-03T00:00:00Z"), Zones.Of("Europe/London"));

        Assert.Equal(
            [("2026-06-01T21:00:00Z", "2026-06-02T06:00:00Z"), ("2026-06-02T21:00:00Z", "2026-06-03T06:00:00Z")],
            periods.Select(p => (p.Start.ToString(), p.End.ToString())));
    }
}
