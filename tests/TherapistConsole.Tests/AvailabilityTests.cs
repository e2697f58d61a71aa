using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class AvailabilityTests : ConsoleContext
{
    private readonly AvailabilityException _leave = new()
    {
        StartsAt = Timestamp.FromDateTimeOffset(Records.At.AddDays(20)),
        EndsAt = Timestamp.FromDateTimeOffset(Records.At.AddDays(27)),
        Available = false,
        Reason = "Leave",
    };

    public AvailabilityTests()
    {
        Fake.Answer<GetAvailabilityRequest, Availability>("GetAvailability", request => new Availability
        {
            TherapistId = request.TherapistId,
            TimeZone = "Europe/London",
            WeeklyHours =
            {
                new DailyHours { Day = Weekday.Tuesday, StartTime = "13:00:00", EndTime = "17:00:00" },
                new DailyHours { Day = Weekday.Monday, StartTime = "09:00", EndTime = "12:00" },
            },
            Exceptions = { _leave },
        });
    }

    [Fact]
    public void The_weekly_hours_are_edited_day_by_day_and_saved_with_the_leave_kept()
    {
        Fake.Answer<SetAvailabilityRequest, Availability>("SetAvailability", request => new Availability
        {
            TherapistId = request.TherapistId,
            TimeZone = request.TimeZone,
            WeeklyHours = { request.WeeklyHours },
            Exceptions = { request.Exceptions },
        });
        var page = Loaded();
        Assert.Equal("09:00", page.Find("[data-day=Monday] #start-0").GetAttribute("value"));
        Assert.Equal("13:00", page.Find("[data-day=Tuesday] #start-1").GetAttribute("value"));
        Assert.Contains("Away 26 Dec 2026 09:30 – 2 Jan 2027 09:30 UTC: Leave", page.Markup);

        page.Find("#end-0").Change("12:30");
        page.FindAll("button").Single(button => button.GetAttribute("aria-label") == "Remove Tuesday 13:00–17:00").Click();
        page.FindAll("button").Single(button => button.TextContent.Trim() == "Add hours on Wednesday").Click();
        page.WaitForAssertion(() => page.Find("[data-day=Wednesday] #start-1"), Patience);
        page.Find("#start-1").Change("10:00");
        Button(page, "Save these hours").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find(".decided").TextContent), Patience);
        var request = Assert.Single(Fake.Requests<SetAvailabilityRequest>("SetAvailability"));
        Assert.Equal((Therapist.ToString(), "Europe/London"), (request.TherapistId, request.TimeZone));
        Assert.Equal(
            [new DailyHours { Day = Weekday.Monday, StartTime = "09:00", EndTime = "12:30" }, new DailyHours { Day = Weekday.Wednesday, StartTime = "10:00", EndTime = "17:00" }],
            request.WeeklyHours);
        Assert.Equal(_leave, Assert.Single(request.Exceptions));
        Assert.True(Guid.TryParse(request.RequestId, out _));
    }

    [Fact]
    public void Hours_and_a_time_zone_the_service_refuses_are_said_where_they_are_entered()
    {
        Fake.Fail("SetAvailability", Failures.InvalidFields(("time_zone", "is not a time zone"), ("weekly_hours[1].end_time", "must be after start_time")));
        var page = Loaded();

        Button(page, "Save these hours").Click();

        page.WaitForAssertion(() => Assert.Contains("must be after start_time.", page.Find("[data-hours='1']").TextContent), Patience);
        Assert.DoesNotContain("must be after", page.Find("[data-hours='0']").TextContent);
        Assert.Contains("is not a time zone.", page.Markup);
        Assert.Empty(page.FindAll("[role=alert]"));
    }

    private IRenderedComponent<AvailabilityPage> Loaded()
    {
        var page = Render<AvailabilityPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".hours").Count), Patience);
        return page;
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<AvailabilityPage> page, string text) =>
        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == text);
}
