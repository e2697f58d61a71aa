using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Components.Scheduling;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class ReviewBookingTests : ReviewsCardContext
{
    public ReviewBookingTests()
    {
        Fake.Answer<ListAppointmentsRequest, ListAppointmentsResponse>("ListAppointments", _ => new ListAppointmentsResponse
        {
            Appointments = { Review("p1", Records.At.AddDays(9), AppointmentOrigin.ReviewRequest) },
        });
    }

    [Fact]
    public void A_review_is_booked_in_a_free_time_found_for_both_and_shown_at_once()
    {
        Fake.Answer<BookAppointmentRequest, Appointment>("BookAppointment", request => new Appointment
        {
            AppointmentId = "new",
            PatientId = request.PatientId,
            TherapistId = request.TherapistId,
            StartsAt = request.StartsAt,
            EndsAt = request.EndsAt,
            Reason = request.Reason,
            Urgent = request.Urgent,
            Origin = AppointmentOrigin.BookedByTherapist,
            Status = AppointmentStatus.Booked,
        });
        var card = RenderCard();
        card.WaitForAssertion(() => Assert.Contains("offered after the patient's report asked for a review", card.Find(".appointments").TextContent), Patience);

        card.Find("#review-length").Change("45");
        Button(card, "Find free times").Click();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".slots input[type=radio]").Count), Patience);
        Assert.Contains("7 Dec 2026 09:30–10:15 UTC", card.Find(".slots").TextContent);
        card.FindAll(".slots input[type=radio]")[1].Change("1");
        card.Find("fluent-textarea").Change("Check the flare");
        card.Find(".check input").Change(true);
        Button(card, "Book this review").Click();

        card.WaitForAssertion(() => Assert.Contains("Booked: 8 Dec 2026 09:30–10:15 UTC", card.Find("[role=status]").TextContent), Patience);
        var asked = Assert.Single(Fake.Requests<FindFreeSlotsRequest>("FindFreeSlots"));
        Assert.Equal((Therapist.ToString(), Patient.ToString(), 45), (asked.TherapistId, asked.PatientId, asked.DurationMinutes));
        var booked = Assert.Single(Fake.Requests<BookAppointmentRequest>("BookAppointment"));
        Assert.Equal((Records.At.AddDays(2), Records.At.AddDays(2).AddMinutes(45)), (booked.StartsAt.ToDateTimeOffset(), booked.EndsAt.ToDateTimeOffset()));
        Assert.Equal(("Check the flare", true, Therapist.ToString()), (booked.Reason, booked.Urgent, booked.TherapistId));
        Assert.Equal(["new", "p1"], card.FindAll(".appointments li").Select(item => item.GetAttribute("data-appointment")));
        Assert.Empty(card.FindAll(".slots"));
    }

    [Fact]
    public void Without_free_time_the_therapist_is_pointed_to_their_availability()
    {
        Fake.Answer<FindFreeSlotsRequest, FindFreeSlotsResponse>("FindFreeSlots", _ => new FindFreeSlotsResponse());
        var card = RenderCard();

        Button(card, "Find free times").Click();

        card.WaitForAssertion(() => Assert.Equal("availability", card.Find("[role=status] a").GetAttribute("href")), Patience);
    }

    [Fact]
    public void A_time_taken_meanwhile_is_said_and_nothing_is_added()
    {
        Fake.Fail("BookAppointment", Failures.Of(StatusCode.FailedPrecondition, "the therapist is busy then"));
        var card = RenderCard();
        Button(card, "Find free times").Click();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".slots input[type=radio]").Count), Patience);

        card.FindAll(".slots input[type=radio]")[0].Change("0");
        Button(card, "Book this review").Click();

        card.WaitForAssertion(() => Assert.Contains("Not possible just now: the therapist is busy then.", card.Find("[role=alert]").TextContent), Patience);
        Assert.Single(card.FindAll(".appointments li"));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<ReviewsCard> card, string text) =>
        card.FindAll("fluent-button").Single(button => button.TextContent.Trim() == text);

    private static Appointment Review(string id, DateTimeOffset start, AppointmentOrigin origin) => new()
    {
        AppointmentId = id,
        PatientId = Patient.ToString(),
        StartsAt = Timestamp.FromDateTimeOffset(start),
        EndsAt = Timestamp.FromDateTimeOffset(start.AddMinutes(30)),
        Origin = origin,
        Status = AppointmentStatus.Booked,
    };
}
