using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>Reviews booked, moved and cancelled over gRPC, offered when progress asks, and reminded of.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class AppointmentTests(SchedulingSystem system)
{
    /// <summary>A therapist available around the clock (UTC) with the scenario's patient in their caseload.</summary>
    internal static async Task<PatientScenario> CaseloadAsync(SchedulingSystem system)
    {
        var scenario = new PatientScenario(system);
        var availability = new SetAvailabilityRequest { RequestId = Guid.NewGuid().ToString(), TherapistId = scenario.Therapist.Id.ToString(), TimeZone = "UTC" };
        availability.WeeklyHours.AddRange(Enumerable.Range(1, 7).Select(day => new DailyHours { Day = (Weekday)day, StartTime = "00:00", EndTime = "23:59" }));
        // The minute before midnight too, for tests that book a few seconds ahead.
        availability.Exceptions.Add(new AvailabilityException
        {
            StartsAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            EndsAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(2)),
            Available = true,
            Reason = "Open clinic",
        });
        await system.Client.CallAsync<SetAvailabilityRequest, Availability>("SetAvailability", availability, scenario.Therapist);
        await system.Events.PublishAsync(Programmes.Prescribed(scenario.ProgrammeId, scenario.Patient.Id, scenario.Therapist.Id, DateTimeOffset.UtcNow));
        // Known once the therapist may read the patient's preferences.
        await Eventually.SucceedsAsync(
            () => system.Client.CallAsync<GetPreferencesRequest, Preferences>("GetPreferences", new GetPreferencesRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist),
            _ => true);
        return scenario;
    }

    internal static BookAppointmentRequest Booking(PatientScenario scenario, DateTimeOffset start, TimeSpan length) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PatientId = scenario.Patient.Id.ToString(),
        TherapistId = scenario.Therapist.Id.ToString(),
        StartsAt = Timestamp.FromDateTimeOffset(start),
        EndsAt = Timestamp.FromDateTimeOffset(start + length),
        Reason = "Two-week review",
    };

    private static DateTimeOffset DayAfterTomorrowAt(int hour) => new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2).AddHours(hour), TimeSpan.Zero);

    [Fact]
    public async Task A_review_is_booked_once_per_request_id_moved_and_cancelled_with_an_event_each_time()
    {
        var scenario = await CaseloadAsync(system);
        var request = Booking(scenario, DayAfterTomorrowAt(10), TimeSpan.FromMinutes(30));

        var booked = await system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", request, scenario.Therapist);
        var again = await system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", request, scenario.Therapist);
        Assert.Equal(booked, again);
        Assert.Equal((AppointmentStatus.Booked, AppointmentOrigin.BookedByTherapist), (booked.Status, booked.Origin));
        await system.Events.WaitForAsync<AppointmentBooked>(e => e.AppointmentId == Guid.Parse(booked.AppointmentId), TimeSpan.FromSeconds(20));

        var slots = await system.Client.CallAsync<FindFreeSlotsRequest, FindFreeSlotsResponse>("FindFreeSlots", new FindFreeSlotsRequest
        {
            TherapistId = scenario.Therapist.Id.ToString(),
            PatientId = scenario.Patient.Id.ToString(),
            DurationMinutes = 30,
            NotBefore = Timestamp.FromDateTimeOffset(DayAfterTomorrowAt(10)),
            MaxResults = 2,
        }, scenario.Patient);
        Assert.Equal([DayAfterTomorrowAt(10).AddMinutes(30), DayAfterTomorrowAt(11)], slots.Slots.Select(s => s.StartsAt.ToDateTimeOffset()));

        var moved = await system.Client.CallAsync<RescheduleAppointmentRequest, Appointment>("RescheduleAppointment", new RescheduleAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AppointmentId = booked.AppointmentId,
            StartsAt = Timestamp.FromDateTimeOffset(DayAfterTomorrowAt(14)),
            EndsAt = Timestamp.FromDateTimeOffset(DayAfterTomorrowAt(14).AddMinutes(30)),
        }, scenario.Patient);
        Assert.Equal(1, moved.Sequence);
        var rescheduled = await system.Events.WaitForAsync<AppointmentRescheduled>(e => e.AppointmentId == Guid.Parse(booked.AppointmentId), TimeSpan.FromSeconds(20));
        Assert.Equal((DayAfterTomorrowAt(10), DayAfterTomorrowAt(14)), (rescheduled.PreviousStartsAt, rescheduled.StartsAt));

        var cancelled = await system.Client.CallAsync<CancelAppointmentRequest, Appointment>("CancelAppointment", new CancelAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AppointmentId = booked.AppointmentId,
            Reason = "Feeling much better",
        }, scenario.Therapist);
        Assert.Equal(AppointmentStatus.Cancelled, cancelled.Status);
        await system.Events.WaitForAsync<AppointmentCancelled>(e => e.AppointmentId == Guid.Parse(booked.AppointmentId), TimeSpan.FromSeconds(20));

        var listed = await system.Client.CallAsync<ListAppointmentsRequest, ListAppointmentsResponse>("ListAppointments", new ListAppointmentsRequest { IncludeCancelled = true }, scenario.Therapist);
        Assert.Equal((booked.AppointmentId, AppointmentStatus.Cancelled), (listed.Appointments.Single().AppointmentId, listed.Appointments.Single().Status));
        Assert.Single(system.Events.Of<AppointmentBooked>(e => e.PatientId == scenario.Patient.Id));
    }

    [Fact]
    public async Task A_review_progress_asks_for_is_offered_at_the_earliest_free_time_and_reminded_of()
    {
        var scenario = await CaseloadAsync(system);

        await system.Events.PublishAsync(new ReviewRequested(Guid.NewGuid(), scenario.Patient.Id, scenario.Therapist.Id, "Pain flare after two sessions", true, DateTimeOffset.UtcNow, Guid.NewGuid()));

        var offered = await system.Events.WaitForAsync<AppointmentBooked>(e => e.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(20));
        Assert.True(offered.Urgent);
        // The earliest quarter hour after the (shortened) booking notice.
        Assert.InRange(offered.StartsAt - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromMinutes(16));
        var listed = await system.Client.CallAsync<ListAppointmentsRequest, ListAppointmentsResponse>("ListAppointments", new ListAppointmentsRequest(), scenario.Therapist);
        var appointment = listed.Appointments.Single(a => a.PatientId == scenario.Patient.Id.ToString());
        Assert.Equal((AppointmentOrigin.ReviewRequest, offered.AppointmentId.ToString()), (appointment.Origin, appointment.AppointmentId));
    }

    [Fact]
    public async Task A_booked_review_is_reminded_a_lead_before_it_starts_once()
    {
        var scenario = await CaseloadAsync(system);
        var start = DateTimeOffset.UtcNow.AddSeconds(35);

        var booked = await system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", Booking(scenario, start, TimeSpan.FromMinutes(10)), scenario.Patient);

        var reminder = await system.Events.WaitForAsync<AppointmentReminderDue>(r => r.AppointmentId == Guid.Parse(booked.AppointmentId), TimeSpan.FromSeconds(40));
        Assert.Equal((SchedulingSystem.AppointmentReminderLead, booked.StartsAt.ToDateTimeOffset() - SchedulingSystem.AppointmentReminderLead), (reminder.Before, reminder.DueAt));
        Assert.InRange(reminder.FiredAt - reminder.DueAt, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        // Booked less than a day ahead: the day-before reminder is not sent late. Its timers say so
        // outright: none is left to fire, and only one was published.
        var reminders = $"upper(SubjectId) = upper('{booked.AppointmentId}') AND Kind = 'AppointmentReminder'";
        Assert.Equal(0, DatabaseRows.Count(system.DatabaseFile, "timers", reminders + " AND State = 'Pending'"));
        Assert.Equal(1, DatabaseRows.Count(system.DatabaseFile, "timers", reminders + " AND Outcome = 'Published'"));
        Assert.Single(system.Events.Of<AppointmentReminderDue>(r => r.AppointmentId == Guid.Parse(booked.AppointmentId)));
    }

    [Fact]
    public async Task A_patient_books_with_their_own_therapist_only()
    {
        var scenario = await CaseloadAsync(system);
        var stranger = TestCaller.NewTherapist();
        var request = Booking(scenario, DayAfterTomorrowAt(16), TimeSpan.FromMinutes(30));
        request.TherapistId = stranger.Id.ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", request, scenario.Patient));

        Assert.Equal((StatusCode.PermissionDenied, "therapist_id: not one of your therapists."), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task A_therapist_books_for_their_own_patients_only()
    {
        var scenario = await CaseloadAsync(system);
        var colleague = TestCaller.NewTherapist();
        var request = Booking(scenario, DayAfterTomorrowAt(16), TimeSpan.FromMinutes(30));
        request.TherapistId = colleague.Id.ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", request, colleague));

        Assert.Equal((StatusCode.PermissionDenied, "patient_id: not a patient in your care."), (error.StatusCode, error.Status.Detail));
    }
}
