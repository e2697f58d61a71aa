using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>Bookings, moves, cancellations and preferences are in the patient's audit trail, for them and their therapist only.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class AuditTrailTests(SchedulingSystem system)
{
    private static DateTimeOffset DayAfterTomorrowAt(int hour) => new(DateTime.UtcNow.Date.AddDays(2).AddHours(hour), TimeSpan.Zero);

    [Fact]
    public async Task A_booking_its_move_and_its_cancellation_are_recorded_with_who_why_before_and_after()
    {
        var scenario = await AppointmentTests.CaseloadAsync(system);
        var booked = await system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment",
            AppointmentTests.Booking(scenario, DayAfterTomorrowAt(10), TimeSpan.FromMinutes(30)), scenario.Therapist);
        await system.Client.CallAsync<RescheduleAppointmentRequest, Appointment>("RescheduleAppointment", new RescheduleAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AppointmentId = booked.AppointmentId,
            StartsAt = Timestamp.FromDateTimeOffset(DayAfterTomorrowAt(14)),
            EndsAt = Timestamp.FromDateTimeOffset(DayAfterTomorrowAt(14).AddMinutes(30)),
            Reason = "Working the morning shift",
        }, scenario.Patient);
        await system.Client.CallAsync<CancelAppointmentRequest, Appointment>("CancelAppointment", new CancelAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AppointmentId = booked.AppointmentId,
            Reason = "Seen in clinic instead",
        }, scenario.Therapist);

        var trail = await system.Client.AuditTrailAsync(scenario.Patient.Id, scenario.Therapist);

        var records = trail.Records.Where(r => r.SubjectId == booked.AppointmentId).ToList();
        Assert.Equal(["appointment.cancelled", "appointment.rescheduled", "appointment.booked"], records.Select(r => r.Action));
        Assert.Equal(
            [$"therapist:{scenario.Therapist.Id}", $"patient:{scenario.Patient.Id}", $"therapist:{scenario.Therapist.Id}"],
            records.Select(r => r.Actor));
        Assert.Equal(["Seen in clinic instead", "Working the morning shift", "Two-week review"], records.Select(r => r.Reason));
        Assert.Equal("", records[2].BeforeJson);
        Assert.Equal(DayAfterTomorrowAt(10), Field(records[1].BeforeJson, "startsAt").GetDateTimeOffset());
        Assert.Equal(DayAfterTomorrowAt(14), Field(records[1].AfterJson, "startsAt").GetDateTimeOffset());
        Assert.Equal(("Booked", "Cancelled"), (Field(records[0].BeforeJson, "status").GetString(), Field(records[0].AfterJson, "status").GetString()));

        var own = await system.Client.AuditTrailAsync(scenario.Patient.Id, scenario.Patient);
        Assert.Equal(trail.Records.Select(r => r.Sequence), own.Records.Select(r => r.Sequence));
    }

    [Fact]
    public async Task A_review_the_service_books_by_itself_is_recorded_as_the_services()
    {
        var scenario = await AppointmentTests.CaseloadAsync(system);

        await system.Events.PublishAsync(new ReviewRequested(Guid.NewGuid(), scenario.Patient.Id, scenario.Therapist.Id, "Pain flare after two sessions", true, DateTimeOffset.UtcNow, Guid.NewGuid()));
        var offered = await system.Events.WaitForAsync<AppointmentBooked>(e => e.PatientId == scenario.Patient.Id, TimeSpan.FromSeconds(20));

        var record = (await system.Client.AuditTrailAsync(scenario.Patient.Id, scenario.Therapist)).Records.Single(r => r.SubjectId == offered.AppointmentId.ToString());
        Assert.Equal(("appointment.booked", "service:scheduling", "Pain flare after two sessions"), (record.Action, record.Actor, record.Reason));
    }

    [Fact]
    public async Task New_preferences_are_recorded_and_strangers_read_nothing()
    {
        var scenario = await AppointmentTests.CaseloadAsync(system);
        await scenario.ExerciseInAsync(TimeSpan.FromHours(1));
        await scenario.ExerciseInAsync(TimeSpan.FromHours(2));

        var records = (await system.Client.AuditTrailAsync(scenario.Patient.Id, scenario.Patient)).Records;
        Assert.Equal(["preferences.set", "preferences.set"], records.Select(r => r.Action));
        Assert.Equal("", records[1].BeforeJson);
        Assert.Equal(scenario.Zone, Field(records[0].BeforeJson, "timeZone").GetString());
        Assert.All(records, r => Assert.Equal($"patient:{scenario.Patient.Id}", r.Actor));

        foreach (var stranger in new[] { TestCaller.NewTherapist(), TestCaller.NewPatient() })
        {
            var hidden = await Assert.ThrowsAsync<RpcException>(() => system.Client.AuditTrailAsync(scenario.Patient.Id, stranger));
            Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        }
        var refused = await Assert.ThrowsAsync<RpcException>(() => system.Client.AuditTrailAsync(scenario.Patient.Id, new TestCaller(Guid.NewGuid(), "operator")));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    private static JsonElement Field(string snapshot, string name) => JsonDocument.Parse(snapshot).RootElement.GetProperty(name);
}
