using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Components.Scheduling;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class ReviewChangeTests : ReviewsCardContext
{
    public ReviewChangeTests()
    {
        Fake.Answer<ListAppointmentsRequest, ListAppointmentsResponse>("ListAppointments", _ => new ListAppointmentsResponse
        {
            Appointments = { Review("first", Records.At.AddDays(9), minutes: 45), Review("second", Records.At.AddDays(12), minutes: 30) },
        });
    }

    [Fact]
    public void A_review_moves_to_a_free_time_of_its_own_length_and_the_list_shows_it_at_once()
    {
        Fake.Answer<RescheduleAppointmentRequest, Appointment>("RescheduleAppointment", request => Moved(request));
        var card = RenderCard();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".appointments > li").Count), Patience);

        Action(card, "second", "Move").Click();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll("[data-appointment=second] .slots input[type=radio]").Count), Patience);
        Assert.Contains("7 Dec 2026 09:30–10:00 UTC", card.Find("[data-appointment=second] .slots").TextContent);
        card.FindAll("[data-appointment=second] .slots input[type=radio]")[0].Change("0");
        card.Find("[data-appointment=second] fluent-textarea").Change("The patient is away that week");
        Action(card, "second", "Move the review to this time").Click();

        card.WaitForAssertion(() => Assert.Contains("Moved: the review is now 7 Dec 2026 09:30–10:00 UTC.", card.Find(".decided").TextContent), Patience);
        var asked = Assert.Single(Fake.Requests<FindFreeSlotsRequest>("FindFreeSlots"));
        Assert.Equal((Therapist.ToString(), Patient.ToString(), 30), (asked.TherapistId, asked.PatientId, asked.DurationMinutes));
        var moved = Assert.Single(Fake.Requests<RescheduleAppointmentRequest>("RescheduleAppointment"));
        Assert.Equal(("second", "The patient is away that week"), (moved.AppointmentId, moved.Reason));
        Assert.Equal((Records.At.AddDays(1), Records.At.AddDays(1).AddMinutes(30)), (moved.StartsAt.ToDateTimeOffset(), moved.EndsAt.ToDateTimeOffset()));
        Assert.True(Guid.TryParse(moved.RequestId, out _), "a reschedule carries a request id of its own");
        // Earliest first: the moved review now comes before the other.
        Assert.Equal(["second", "first"], card.FindAll(".appointments > li").Select(item => item.GetAttribute("data-appointment")));
        Assert.Empty(card.FindAll(".slots"));
    }

    [Fact]
    public void A_time_taken_meanwhile_is_said_at_the_times_and_the_review_stays_where_it_was()
    {
        Fake.Fail("RescheduleAppointment", Failures.InvalidField("starts_at", "the therapist has another review then"));
        var card = RenderCard();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".appointments > li").Count), Patience);
        Action(card, "first", "Move").Click();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll("[data-appointment=first] .slots input[type=radio]").Count), Patience);

        card.FindAll("[data-appointment=first] .slots input[type=radio]")[1].Change("1");
        Action(card, "first", "Move the review to this time").Click();

        card.WaitForAssertion(() => Assert.Equal("the therapist has another review then.", card.Find("[data-appointment=first] .slots .field-error").TextContent), Patience);
        Assert.Empty(card.FindAll("[role=alert]"));
        Assert.Contains("15 Dec 2026 09:30–10:15 UTC", card.Find("[data-appointment=first] strong").TextContent);
        Assert.Empty(card.FindAll(".decided"));
    }

    [Fact]
    public void Cancelling_asks_first_sends_the_reason_and_takes_the_review_off_the_list()
    {
        Fake.Answer<CancelAppointmentRequest, Appointment>("CancelAppointment", request => Review(request.AppointmentId, Records.At.AddDays(9), minutes: 45, AppointmentStatus.Cancelled));
        var card = RenderCard();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".appointments > li").Count), Patience);

        Action(card, "first", "Cancel").Click();
        Assert.Contains("Cancelling tells the patient at once", card.Find("[data-appointment=first] [data-change=cancel]").TextContent);
        Assert.Empty(Fake.Requests<CancelAppointmentRequest>("CancelAppointment"));
        card.Find("[data-appointment=first] fluent-textarea").Change("Doing well; the next review is enough");
        Action(card, "first", "Cancel the review").Click();

        card.WaitForAssertion(() => Assert.Equal(["second"], card.FindAll(".appointments > li").Select(item => item.GetAttribute("data-appointment"))), Patience);
        var cancelled = Assert.Single(Fake.Requests<CancelAppointmentRequest>("CancelAppointment"));
        Assert.Equal(("first", "Doing well; the next review is enough"), (cancelled.AppointmentId, cancelled.Reason));
        Assert.Contains("Cancelled: the review of 15 Dec 2026 09:30–10:15 UTC. The patient is told.", card.Find(".decided").TextContent);
    }

    [Fact]
    public void Keeping_the_review_closes_the_question_without_a_call()
    {
        var card = RenderCard();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".appointments > li").Count), Patience);

        Action(card, "first", "Cancel").Click();
        Action(card, "first", "Keep the review").Click();

        Assert.Empty(card.FindAll("[data-change]"));
        Assert.Empty(Fake.Requests<CancelAppointmentRequest>("CancelAppointment"));
        Assert.Equal(2, card.FindAll(".appointments > li").Count);
    }

    [Fact]
    public void A_review_cancelled_meanwhile_is_said_in_words_and_the_list_read_again()
    {
        Fake.Fail("CancelAppointment", Failures.Of(StatusCode.FailedPrecondition, "appointment_id: the appointment is cancelled; book a new one."));
        var card = RenderCard();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".appointments > li").Count), Patience);
        Fake.Answer<ListAppointmentsRequest, ListAppointmentsResponse>("ListAppointments", _ => new ListAppointmentsResponse
        {
            Appointments = { Review("second", Records.At.AddDays(12), minutes: 30) },
        });

        Action(card, "first", "Cancel").Click();
        Action(card, "first", "Cancel the review").Click();

        card.WaitForAssertion(() => Assert.Equal("Not possible just now: the appointment is cancelled; book a new one.", card.Find("[role=alert]").TextContent.Trim()), Patience);
        card.WaitForAssertion(() => Assert.Equal(["second"], card.FindAll(".appointments > li").Select(item => item.GetAttribute("data-appointment"))), Patience);
        Assert.Equal(2, Fake.Requests<ListAppointmentsRequest>("ListAppointments").Count);
    }

    [Fact]
    public void A_service_out_of_reach_is_said_and_the_review_is_kept()
    {
        Fake.Fail("CancelAppointment", Failures.Of(StatusCode.Unavailable));
        var card = RenderCard();
        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll(".appointments > li").Count), Patience);

        Action(card, "second", "Cancel").Click();
        Action(card, "second", "Cancel the review").Click();

        card.WaitForAssertion(() => Assert.Contains("The system is not answering just now.", card.Find("[data-appointment=second] [role=alert]").TextContent), Patience);
        Assert.Equal(2, card.FindAll(".appointments > li").Count);
        // Still open, to try again.
        Assert.NotNull(card.Find("[data-appointment=second] [data-change=cancel]"));
    }

    // A review's button by the words it shows; the review it acts on is said to screen readers in hidden words after them.
    private static AngleSharp.Dom.IElement Action(IRenderedComponent<ReviewsCard> card, string appointment, string words) =>
        card.FindAll($"[data-appointment={appointment}] fluent-button")
            .Single(button => button.ChildNodes.OfType<AngleSharp.Dom.IText>().Select(text => text.Data).Aggregate("", string.Concat).Trim() == words);

    private static Appointment Moved(RescheduleAppointmentRequest request)
    {
        var moved = Review(request.AppointmentId, request.StartsAt.ToDateTimeOffset(), (int)(request.EndsAt.ToDateTimeOffset() - request.StartsAt.ToDateTimeOffset()).TotalMinutes);
        moved.Sequence = 1;
        return moved;
    }

    private static Appointment Review(string id, DateTimeOffset start, int minutes, AppointmentStatus status = AppointmentStatus.Booked) => new()
    {
        AppointmentId = id,
        PatientId = Patient.ToString(),
        StartsAt = Timestamp.FromDateTimeOffset(start),
        EndsAt = Timestamp.FromDateTimeOffset(start.AddMinutes(minutes)),
        Origin = AppointmentOrigin.BookedByTherapist,
        Status = status,
    };
}
