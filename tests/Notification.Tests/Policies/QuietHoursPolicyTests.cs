using NodaTime;
using Telehealth.Notification.Policies;
using Telehealth.Notification.Tests.Support;

namespace Telehealth.Notification.Tests.Policies;

public sealed class QuietHoursPolicyTests
{
    private static readonly QuietHours Night = new(new LocalTime(22, 0), new LocalTime(7, 0));

    // now (UTC), zone, quiet hours "start-end", expected next allowed (UTC)
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // Outside quiet hours: now.
        { "2026-06-10T12:00:00Z", "Europe/London", "22:00-07:00", "2026-06-10T12:00:00Z" },
        // Inside, before midnight: the next morning, British Summer Time (UTC+1).
        { "2026-06-10T22:30:00Z", "Europe/London", "22:00-07:00", "2026-06-11T06:00:00Z" },
        // Inside, after midnight: this morning.
        { "2026-06-11T02:00:00Z", "Europe/London", "22:00-07:00", "2026-06-11T06:00:00Z" },
        // The end itself is no longer quiet; the start is.
        { "2026-06-11T06:00:00Z", "Europe/London", "22:00-07:00", "2026-06-11T06:00:00Z" },
        { "2026-06-10T21:00:00Z", "Europe/London", "22:00-07:00", "2026-06-11T06:00:00Z" },
        // Spring forward in London (29 March 2026, 01:00 GMT → 02:00 BST): a 9-hour local night lasts 8 hours.
        { "2026-03-28T22:00:00Z", "Europe/London", "22:00-07:00", "2026-03-29T06:00:00Z" },
        // Fall back in London (25 October 2026, 02:00 BST → 01:00 GMT): the night lasts 10 hours.
        { "2026-10-24T21:00:00Z", "Europe/London", "22:00-07:00", "2026-10-25T07:00:00Z" },
        // New York's spring-forward night (8 March 2026): 22:00 EST is 03:00Z; 07:00 EDT is 11:00Z.
        { "2026-03-08T03:00:00Z", "America/New_York", "22:00-07:00", "2026-03-08T11:00:00Z" },
        // Quiet hours ending inside the skipped hour (01:30 does not exist that night): quiet ends when the gap does.
        { "2026-03-29T00:30:00Z", "Europe/London", "23:00-01:30", "2026-03-29T01:00:00Z" },
        // Quiet hours ending inside the repeated hour, asked during its second pass: the second 01:30.
        { "2026-10-25T01:10:00Z", "Europe/London", "23:00-01:30", "2026-10-25T01:30:00Z" },
        // ... and during its first pass: the first 01:30.
        { "2026-10-25T00:10:00Z", "Europe/London", "23:00-01:30", "2026-10-25T00:30:00Z" },
        // Daytime quiet hours that do not wrap midnight.
        { "2026-01-15T13:00:00Z", "Asia/Kolkata", "17:00-19:30", "2026-01-15T14:00:00Z" },
        // A zone east of UTC whose local date is already tomorrow.
        { "2026-01-15T14:00:00Z", "Pacific/Auckland", "22:00-07:00", "2026-01-15T18:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Holds_until_quiet_hours_end_on_the_recipients_clock(string now, string zone, string quiet, string expected)
    {
        var parts = quiet.Split('-');
        Assert.True(QuietHours.TryParseTime(parts[0], out var start));
        Assert.True(QuietHours.TryParseTime(parts[1], out var end));

        var allowed = QuietHoursPolicy.NextAllowed(DateTimeOffset.Parse(now), DateTimeZoneProviders.Tzdb[zone], new QuietHours(start, end));

        Assert.Equal(DateTimeOffset.Parse(expected), allowed);
    }

    [Fact]
    public void Without_quiet_hours_anything_may_go_now()
    {
        var now = DateTimeOffset.Parse("2026-06-10T23:00:00Z");
        Assert.Equal(now, QuietHoursPolicy.NextAllowed(now, DateTimeZone.Utc, null));
        Assert.False(QuietHoursPolicy.IsQuiet(now, DateTimeZone.Utc, null));
    }

    [Fact]
    public void A_message_held_overnight_goes_when_the_clock_passes_the_end()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var clock = new ManualClock(DateTimeOffset.Parse("2026-03-28T21:59:00Z"));
        Assert.False(QuietHoursPolicy.IsQuiet(clock.GetUtcNow(), london, Night));

        clock.Advance(TimeSpan.FromMinutes(2));
        var until = QuietHoursPolicy.NextAllowed(clock.GetUtcNow(), london, Night);
        Assert.True(QuietHoursPolicy.IsQuiet(clock.GetUtcNow(), london, Night));

        clock.Set(until.AddSeconds(-1));
        Assert.True(QuietHoursPolicy.IsQuiet(clock.GetUtcNow(), london, Night));
        clock.Set(until);
        Assert.False(QuietHoursPolicy.IsQuiet(clock.GetUtcNow(), london, Night));
        Assert.Equal(clock.GetUtcNow(), QuietHoursPolicy.NextAllowed(clock.GetUtcNow(), london, Night));
        // 07:00 on the first morning of summer time is 06:00 UTC, 8 hours after 22:00 GMT.
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T06:00:00Z"), until);
    }

    [Theory]
    [InlineData("07:00", true)]
    [InlineData("23:59", true)]
    [InlineData("00:00", true)]
    [InlineData("7:00", false)]
    [InlineData("24:00", false)]
    [InlineData("12:60", false)]
    [InlineData("noon", false)]
    [InlineData("", false)]
    public void Quiet_hours_are_written_HH_mm(string text, bool valid)
    {
        Assert.Equal(valid, QuietHours.TryParseTime(text, out _));
    }
}
