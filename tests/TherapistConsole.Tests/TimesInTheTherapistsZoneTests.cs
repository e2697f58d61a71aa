using Google.Protobuf.WellKnownTypes;
using Microsoft.JSInterop;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Components.Patients;
using Telehealth.TherapistConsole.Components.Scheduling;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

/// <summary>
/// A therapist in London, whose clocks go forward at 01:00 UTC on 28 March 2027: the console shows
/// times on their wall clock and books and saves hours as the instants and zone the services expect.
/// </summary>
public sealed class TimesInTheTherapistsZoneTests : ConsoleContext
{
    private static readonly Guid Patient = Guid.Parse("a0000000-0000-4000-8000-00000000000a");
    private static readonly DateTimeOffset FridayBefore = new(2027, 3, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayAfter = new(2027, 3, 29, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_browsers_zone_is_read_once_per_circuit()
    {
        var module = JSInterop.SetupModule("./js/time-zone.js");
        module.Setup<string?>("timeZone").SetResult("Europe/London");
        var js = Services.GetRequiredService<IJSRuntime>();

        await TimeZone.ReadAsync(js);
        await TimeZone.ReadAsync(js);

        Assert.Equal(("Europe/London", true), (TimeZone.Name, TimeZone.IsRead));
        Assert.Single(module.Invocations["timeZone"]);
    }

    [Fact]
    public void Free_times_are_offered_on_the_therapists_wall_clock_and_booked_at_the_same_instants()
    {
        TimeZone.Use("Europe/London");
        Fake.Answer<ListAppointmentsRequest, ListAppointmentsResponse>("ListAppointments", _ => new ListAppointmentsResponse())
            .Answer<FindFreeSlotsRequest, FindFreeSlotsResponse>("FindFreeSlots", _ => new FindFreeSlotsResponse { Slots = { Slot(FridayBefore), Slot(MondayAfter) } })
            .Answer<BookAppointmentRequest, Appointment>("BookAppointment", request => new Appointment
            {
                AppointmentId = "new",
                PatientId = request.PatientId,
                StartsAt = request.StartsAt,
                EndsAt = request.EndsAt,
                Status = AppointmentStatus.Booked,
            });
        var card = Render<ReviewsCard>(parameters => parameters.Add(p => p.PatientId, Patient).Add(p => p.Therapist, Therapist));
        card.WaitForAssertion(() => card.Find(".review-search"), Patience);

        card.FindAll("fluent-button").Single(button => button.TextContent.Trim() == "Find free times").Click();

        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".slots input[type=radio]").Count), Patience);
        Assert.Equal("Free times (Europe/London)", card.Find(".slots legend").TextContent);
        Assert.Equal(
            ["26 Mar 2027 10:00–10:30 Europe/London", "29 Mar 2027 11:00–11:30 Europe/London"],
            card.FindAll(".slots label").Select(label => label.TextContent.Trim()));
        card.FindAll(".slots input[type=radio]")[1].Change("1");
        card.FindAll("fluent-button").Single(button => button.TextContent.Trim() == "Book this review").Click();

        card.WaitForAssertion(() => Assert.Contains("Booked: 29 Mar 2027 11:00–11:30 Europe/London", card.Find(".decided").TextContent), Patience);
        var booked = Assert.Single(Fake.Requests<BookAppointmentRequest>("BookAppointment"));
        Assert.Equal((MondayAfter, MondayAfter.AddMinutes(30)), (booked.StartsAt.ToDateTimeOffset(), booked.EndsAt.ToDateTimeOffset()));
    }

    [Fact]
    public void Weekly_hours_never_saved_start_in_the_browsers_zone_and_are_sent_as_typed_in_it()
    {
        TimeZone.Use("Europe/London");
        Fake.Answer<GetAvailabilityRequest, Availability>("GetAvailability", request => new Availability { TherapistId = request.TherapistId })
            .Answer<SetAvailabilityRequest, Availability>("SetAvailability", request => new Availability
            {
                TherapistId = request.TherapistId,
                TimeZone = request.TimeZone,
                WeeklyHours = { request.WeeklyHours },
            });
        var page = Render<AvailabilityPage>();
        page.WaitForAssertion(() => Assert.Equal("Europe/London", page.Find("#time-zone").GetAttribute("value")), Patience);
        Assert.Empty(page.FindAll("[data-zone-note]"));

        page.FindAll("fieldset.day-hours[data-day=Monday] button").Single(button => button.TextContent.StartsWith("Add hours", StringComparison.Ordinal)).Click();
        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == "Save these hours").Click();

        page.WaitForAssertion(() => Assert.Single(Fake.Requests<SetAvailabilityRequest>("SetAvailability")), Patience);
        var saved = Fake.Requests<SetAvailabilityRequest>("SetAvailability")[0];
        Assert.Equal("Europe/London", saved.TimeZone);
        Assert.Equal(new DailyHours { Day = Weekday.Monday, StartTime = "09:00", EndTime = "17:00" }, Assert.Single(saved.WeeklyHours));
    }

    [Fact]
    public void Hours_saved_in_another_zone_are_said_to_be_in_it()
    {
        TimeZone.Use("America/New_York");
        Fake.Answer<GetAvailabilityRequest, Availability>("GetAvailability", request => new Availability { TherapistId = request.TherapistId, TimeZone = "Europe/London" });

        var page = Render<AvailabilityPage>();

        page.WaitForAssertion(() => Assert.Equal(
            "These hours are in Europe/London; this browser is in America/New_York, in which the console shows reviews and times.",
            page.Find("[data-zone-note]").TextContent), Patience);
        Assert.Equal("Europe/London", page.Find("#time-zone").GetAttribute("value"));
    }

    [Fact]
    public void Reports_are_shown_at_the_time_of_day_the_therapist_lives_in_on_both_sides_of_the_change()
    {
        TimeZone.Use("Europe/London");
        var card = Render<ReportsCard>(parameters => parameters.Add(p => p.Reports, new[]
        {
            Report(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero)),
            Report(new DateTimeOffset(2027, 3, 28, 0, 30, 0, TimeSpan.Zero)),
        }));

        Assert.Equal(["28 Mar 2027 02:30", "28 Mar 2027 00:30"], card.FindAll("table.reports tbody th").Select(cell => cell.TextContent.Trim()));
    }

    private static TimeSlot Slot(DateTimeOffset start) =>
        new() { StartsAt = Timestamp.FromDateTimeOffset(start), EndsAt = Timestamp.FromDateTimeOffset(start.AddMinutes(30)) };

    private static SessionReportSummary Report(DateTimeOffset at) => new()
    {
        ReportId = Guid.NewGuid().ToString(),
        PerformedAt = Timestamp.FromDateTimeOffset(at),
        PainBefore = 1,
        PainAfter = 1,
    };
}
