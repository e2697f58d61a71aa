using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Scheduling.Appointments;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Events;

public sealed class ReviewRequestedConsumerTests
{
    // Monday 1 June 2026, 07:00 in London.
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);
    private readonly Guid _patient = Guid.NewGuid();
    private readonly Guid _therapist = Guid.NewGuid();

    private Task PublishHoursAsync(SchedulingHarness harness) => harness.ChangeAsync(db =>
    {
        db.Availability.Add(new TherapistAvailability
        {
            TherapistId = _therapist,
            TimeZone = "Europe/London",
            WeeklyHours = Enumerable.Range(1, 5).Select(day => new StoredDailyHours(day, "09:00", "17:00")).ToList(),
        });
        return Task.CompletedTask;
    });

    private ReviewRequested Request(bool urgent = true) => new(Guid.NewGuid(), _patient, _therapist, "Pain rose by 3 points after the session", urgent, Monday, Guid.NewGuid());

    [Fact]
    public async Task A_review_is_booked_at_the_earliest_free_time_and_offered()
    {
        await using var harness = await SchedulingHarness.StartAsync(Monday);
        await PublishHoursAsync(harness);
        await harness.ChangeAsync(db =>
        {
            // The therapist is busy at 09:00 London (08:00 UTC).
            db.Appointments.Add(new Appointment { Id = Guid.NewGuid(), PatientId = Guid.NewGuid(), TherapistId = _therapist, StartsAt = Monday.AddHours(2), EndsAt = Monday.AddHours(2.5), Status = AppointmentStatus.Booked });
            return Task.CompletedTask;
        });
        var request = Request();

        await harness.DeliverAsync(request);

        var appointment = await harness.QueryAsync(db => db.Appointments.AsNoTracking().SingleAsync(a => a.PatientId == _patient));
        Assert.Equal((Monday.AddHours(2.5), Monday.AddHours(3), AppointmentOrigin.ReviewRequest, true), (appointment.StartsAt, appointment.EndsAt, appointment.Origin, appointment.Urgent));
        var booked = Assert.Single(await harness.OutboxAsync<AppointmentBooked>());
        // The report it answers comes along, so the therapist hears of the booking with the rest of that report.
        Assert.Equal((appointment.Id, _therapist, true, request.ReportId), (booked.AppointmentId, booked.TherapistId, booked.Urgent, booked.ReportId));
        var review = await harness.QueryAsync(db => db.ReviewRequests.AsNoTracking().SingleAsync());
        Assert.Equal((ReviewRequestStatus.Offered, appointment.Id), (review.Status, review.AppointmentId));
        // Booked less than a day ahead: only the quarter-hour reminder.
        var reminders = (await harness.PendingTimersAsync(_patient)).Where(t => t.Kind == TimerKind.AppointmentReminder).ToList();
        Assert.Equal([appointment.StartsAt.AddMinutes(-15)], reminders.Select(t => t.DueAt));
    }

    [Fact]
    public async Task Without_free_time_the_request_waits_and_is_placed_when_hours_are_published()
    {
        await using var harness = await SchedulingHarness.StartAsync(Monday);

        await harness.DeliverAsync(Request(urgent: false));
        Assert.Equal(ReviewRequestStatus.Pending, (await harness.QueryAsync(db => db.ReviewRequests.AsNoTracking().SingleAsync())).Status);
        Assert.Empty(await harness.OutboxAsync<AppointmentBooked>());

        await PublishHoursAsync(harness);
        await harness.RunAsync<ReviewOffers>(offers => offers.PlacePendingAsync(_therapist, Monday, CancellationToken.None));

        Assert.Single(await harness.OutboxAsync<AppointmentBooked>());
        Assert.Equal(ReviewRequestStatus.Offered, (await harness.QueryAsync(db => db.ReviewRequests.AsNoTracking().SingleAsync())).Status);
    }

    [Fact]
    public async Task An_appointment_already_booked_soon_enough_meets_the_request_and_the_same_request_twice_books_once()
    {
        await using var harness = await SchedulingHarness.StartAsync(Monday);
        await PublishHoursAsync(harness);
        var existing = Guid.NewGuid();
        await harness.ChangeAsync(db =>
        {
            db.Appointments.Add(new Appointment { Id = existing, PatientId = _patient, TherapistId = _therapist, StartsAt = Monday.AddDays(1), EndsAt = Monday.AddDays(1).AddMinutes(30), Status = AppointmentStatus.Booked });
            return Task.CompletedTask;
        });
        var request = Request();

        await harness.DeliverAsync(request);
        await harness.DeliverAsync(request);

        var review = await harness.QueryAsync(db => db.ReviewRequests.AsNoTracking().SingleAsync());
        Assert.Equal((ReviewRequestStatus.AlreadyBooked, existing), (review.Status, review.AppointmentId));
        Assert.Equal(1, await harness.QueryAsync(db => db.Appointments.CountAsync()));
    }

    [Theory]
    // An urgent request is not met by a review five days away: an earlier one is offered.
    [InlineData(true, ReviewRequestStatus.Offered)]
    // A routine one is.
    [InlineData(false, ReviewRequestStatus.AlreadyBooked)]
    public async Task Urgency_decides_whether_a_review_already_booked_is_soon_enough(bool urgent, ReviewRequestStatus expected)
    {
        await using var harness = await SchedulingHarness.StartAsync(Monday);
        await PublishHoursAsync(harness);
        await harness.ChangeAsync(db =>
        {
            db.Appointments.Add(new Appointment { Id = Guid.NewGuid(), PatientId = _patient, TherapistId = _therapist, StartsAt = Monday.AddDays(5), EndsAt = Monday.AddDays(5).AddMinutes(30), Status = AppointmentStatus.Booked });
            return Task.CompletedTask;
        });

        await harness.DeliverAsync(Request(urgent));

        Assert.Equal(expected, (await harness.QueryAsync(db => db.ReviewRequests.AsNoTracking().SingleAsync())).Status);
        var starts = await harness.QueryAsync(db => db.Appointments.AsNoTracking().Select(a => a.StartsAt).ToListAsync());
        // Offered: the first hour the therapist works after the booking notice, Monday 09:00 London.
        Assert.Equal(urgent ? [Monday.AddHours(2), Monday.AddDays(5)] : [Monday.AddDays(5)], starts.Order());
    }
}
