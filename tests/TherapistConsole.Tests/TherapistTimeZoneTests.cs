using Google.Protobuf.WellKnownTypes;
using Telehealth.TherapistConsole.Components.Charts;
using Telehealth.TherapistConsole.Components.Scheduling;
using Telehealth.TherapistConsole.Time;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Tests;

/// <summary>Times in the therapist's own zone: Europe/London, whose clocks go forward at 01:00 UTC on 28 March 2027.</summary>
public sealed class TherapistTimeZoneTests
{
    private static readonly DateTimeOffset BeforeTheChange = new(2027, 3, 28, 0, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterTheChange = new(2027, 3, 28, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_moment_is_shown_on_the_wall_clock_of_the_therapists_zone_on_both_sides_of_the_change()
    {
        var london = London();

        Assert.Equal("28 Mar 2027 00:30", Moments.At(BeforeTheChange, london.Zone));
        Assert.Equal("28 Mar 2027 02:30", Moments.At(AfterTheChange, london.Zone));
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromHours(1)), (london.Local(BeforeTheChange).Offset, london.Local(AfterTheChange).Offset));
    }

    [Fact]
    public void A_review_is_said_in_the_therapists_zone_and_named_after_it()
    {
        var london = London();

        Assert.Equal("26 Mar 2027 10:00–10:30 Europe/London", ReviewWords.When(At(2027, 3, 26, 10), At(2027, 3, 26, 10, 30), london));
        Assert.Equal("29 Mar 2027 11:00–11:30 Europe/London", ReviewWords.When(At(2027, 3, 29, 10), At(2027, 3, 29, 10, 30), london));
        // 23:30 UTC on the 28th is already the 29th in London.
        Assert.Equal("29 Mar 2027 00:30–01:00 Europe/London", ReviewWords.When(At(2027, 3, 28, 23, 30), At(2027, 3, 29, 0), london));
    }

    [Fact]
    public void A_chart_day_follows_the_zone_not_utc()
    {
        var london = London();

        Assert.Equal("29 Mar", ChartText.Day(london.Local(new DateTimeOffset(2027, 3, 28, 23, 30, 0, TimeSpan.Zero))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public void Without_a_zone_the_machine_knows_times_stay_in_utc_and_say_so(string? name)
    {
        var zone = new TherapistTimeZone();
        zone.Use(name);

        Assert.Equal("UTC", zone.Name);
        Assert.Equal("28 Mar 2027 01:30", Moments.At(AfterTheChange, zone.Zone));
        Assert.Equal("29 Mar 2027 10:00–10:30 UTC", ReviewWords.When(At(2027, 3, 29, 10), At(2027, 3, 29, 10, 30), zone));
    }

    private static TherapistTimeZone London()
    {
        var zone = new TherapistTimeZone();
        zone.Use("Europe/London");
        Assert.Equal("Europe/London", zone.Name);
        return zone;
    }

    private static Timestamp At(int year, int month, int day, int hour, int minute = 0) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));
}
