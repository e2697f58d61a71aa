using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>
/// Bad input answers INVALID_ARGUMENT naming each field at fault, and writes nothing. The table of
/// empty requests is checked against the service descriptor, so an RPC added without an entry fails.
/// </summary>
[Collection(SchedulingCollection.Name)]
public sealed class BadInputTests(SchedulingSystem system)
{
    // Empty request → the fields named (null: the RPC needs no field and must answer).
    private static readonly Dictionary<string, (string Role, string[]? Fields)> EmptyRequests = new()
    {
        ["SetPreferences"] = ("patient", ["request_id", "patient_id", "time_zone"]),
        ["GetPreferences"] = ("patient", ["patient_id"]),
        ["GetToday"] = ("patient", ["patient_id"]),
        ["GetWeek"] = ("patient", ["patient_id"]),
        ["GetPatientPlan"] = ("therapist", ["patient_id"]),
        ["SetAvailability"] = ("therapist", ["request_id", "therapist_id", "time_zone"]),
        ["GetAvailability"] = ("therapist", ["therapist_id"]),
        ["BookAppointment"] = ("therapist", ["request_id", "patient_id", "therapist_id", "starts_at", "ends_at"]),
        ["RescheduleAppointment"] = ("patient", ["request_id", "appointment_id", "starts_at", "ends_at"]),
        ["CancelAppointment"] = ("patient", ["request_id", "appointment_id"]),
        ["FindFreeSlots"] = ("patient", ["therapist_id", "patient_id", "duration_minutes"]),
        ["ListAppointments"] = ("therapist", null),
        ["GetCalendarFeed"] = ("patient", ["patient_id"]),
    };

    public static TheoryData<string> Methods => new(SchedulingClient.Service.Methods.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task An_empty_request_names_the_missing_fields_and_writes_nothing(string rpc)
    {
        Assert.True(EmptyRequests.TryGetValue(rpc, out var expected), $"{rpc} has no bad-input expectation.");
        var method = SchedulingClient.Service.FindMethodByName(rpc);
        var caller = expected.Role == "patient" ? TestCaller.NewPatient() : TestCaller.NewTherapist();
        var before = Snapshot();

        var request = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
        if (expected.Fields is null)
        {
            await system.Client.CallAsync(method, request, caller);
        }
        else
        {
            var fields = await InvalidFieldsAsync(() => system.Client.CallAsync(method, request, caller));
            Assert.Superset(expected.Fields.ToHashSet(), fields.ToHashSet());
        }
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("GMT+25")]
    [InlineData("europe/nowhere")]
    public async Task A_time_zone_that_is_not_in_the_tz_database_is_refused(string zone)
    {
        var patient = TestCaller.NewPatient();
        var before = Snapshot();

        var fields = await InvalidFieldsAsync(() => system.Client.CallAsync<SetPreferencesRequest, Preferences>("SetPreferences",
            new SetPreferencesRequest { RequestId = Guid.NewGuid().ToString(), PatientId = patient.Id.ToString(), TimeZone = zone }, patient));

        Assert.Equal(["time_zone"], fields);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Hours_and_times_out_of_shape_are_each_named()
    {
        var patient = TestCaller.NewPatient();
        var request = new SetPreferencesRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            TimeZone = "Europe/London",
            QuietHours = new QuietHours { StartTime = "22:00", EndTime = "07:00" },
        };
        request.ExerciseTimes.Add(new ExerciseTime { Day = Weekday.Monday, StartTime = "25:00" });
        request.ExerciseTimes.Add(new ExerciseTime { Day = Weekday.Unspecified, StartTime = "07:30" });
        request.WorkHours.Add(new DailyHours { Day = Weekday.Tuesday, StartTime = "17:00", EndTime = "09:00" });
        request.WorkHours.Add(new DailyHours { Day = Weekday.Wednesday, StartTime = "06:00", EndTime = "14:00" });
        var before = Snapshot();

        var fields = await InvalidFieldsAsync(() => system.Client.CallAsync<SetPreferencesRequest, Preferences>("SetPreferences", request, patient));

        Assert.Equal(["exercise_times[0].start_time", "exercise_times[1].day", "work_hours[0].end_time", "work_hours[1]"], fields);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task An_overlapping_booking_an_end_before_the_start_and_a_stranger_are_refused_and_write_nothing()
    {
        var scenario = await AppointmentTests.CaseloadAsync(system);
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(3).AddHours(9), TimeSpan.Zero);
        var booked = await system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", AppointmentTests.Booking(scenario, start, TimeSpan.FromMinutes(30)), scenario.Therapist);
        // Once the booking's event is on the broker, its outbox row is settled and the counts below hold still.
        await system.Events.WaitForAsync<AppointmentBooked>(e => e.AppointmentId == Guid.Parse(booked.AppointmentId), TimeSpan.FromSeconds(60));
        var before = Snapshot();

        var overlapping = AppointmentTests.Booking(scenario, start.AddMinutes(15), TimeSpan.FromMinutes(30));
        Assert.Equal(["starts_at", "starts_at"], await InvalidFieldsAsync(() => Book(overlapping, scenario.Therapist)));

        var backwards = AppointmentTests.Booking(scenario, start.AddHours(2), TimeSpan.FromMinutes(30));
        backwards.EndsAt = Timestamp.FromDateTimeOffset(start.AddHours(1));
        Assert.Equal(["ends_at"], await InvalidFieldsAsync(() => Book(backwards, scenario.Therapist)));

        // Someone outside the therapist's care is refused as every record outside it is.
        var stranger = AppointmentTests.Booking(scenario, start.AddHours(4), TimeSpan.FromMinutes(30));
        stranger.PatientId = Guid.NewGuid().ToString();
        var refused = await Assert.ThrowsAsync<RpcException>(() => Book(stranger, scenario.Therapist));
        Assert.Equal((StatusCode.PermissionDenied, "patient_id: not a patient in your care."), (refused.StatusCode, refused.Status.Detail));

        Assert.Equal(before, Snapshot());
    }

    private Task<Appointment> Book(BookAppointmentRequest request, TestCaller caller) =>
        system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", request, caller);

    private static async Task<List<string>> InvalidFieldsAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        return error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];
    }

    /// <summary>
    /// Rows that only requests write. Timers of earlier tests keep firing in the background (their
    /// sessions, outbox rows), so those tables are counted only for what a request would add.
    /// </summary>
    private string Snapshot() => string.Join(", ", new[]
    {
        ("preferences", "1 = 1"),
        ("availability", "1 = 1"),
        ("appointments", "1 = 1"),
        ("calendar_subscriptions", "1 = 1"),
        ("processed_requests", "1 = 1"),
        ("outbox", "MessageType LIKE '%.AppointmentBooked,%' OR MessageType LIKE '%.AppointmentRescheduled,%' OR MessageType LIKE '%.AppointmentCancelled,%'"),
        ("timers", "Kind = 'AppointmentReminder'"),
    }.Select(t => $"{t.Item1}={DatabaseRows.Count(system.DatabaseFile, t.Item1, t.Item2)}"));
}
