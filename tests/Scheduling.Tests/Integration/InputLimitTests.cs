using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>
/// A string or a list one past its limit answers INVALID_ARGUMENT naming just that field, and
/// writes nothing; a message past the receive limit answers RESOURCE_EXHAUSTED. Each request is
/// valid apart from the one field, so the limit is what refuses it.
/// </summary>
[Collection(SchedulingCollection.Name)]
public sealed class InputLimitTests(SchedulingSystem system)
{
    // What is past its limit → the RPC, the role that calls it, the field named, and the request for that caller.
    private static readonly Dictionary<string, (string Rpc, string Role, string Field, Func<TestCaller, IMessage> Request)> Cases = new()
    {
        ["request id"] = ("SetPreferences", "patient", "request_id", patient => Preferences(patient, r => r.RequestId = Text(101))),
        ["exercise times"] = ("SetPreferences", "patient", "exercise_times", patient => Preferences(patient, r => r.ExerciseTimes.Add(Many(8, i => new ExerciseTime { Day = (Weekday)(i % 7 + 1), StartTime = "18:00" })))),
        ["work hours"] = ("SetPreferences", "patient", "work_hours", patient => Preferences(patient, r => r.WorkHours.Add(Many(22, i => Hours(i % 7 + 1, i / 7))))),
        ["weekly hours"] = ("SetAvailability", "therapist", "weekly_hours", therapist => Availability(therapist, r => r.WeeklyHours.Add(Many(51, i => Hours(i % 7 + 1, i / 7))))),
        ["availability exceptions"] = ("SetAvailability", "therapist", "exceptions", therapist => Availability(therapist, r => r.Exceptions.Add(Many(201, i => Leave(i))))),
        ["exception reason"] = ("SetAvailability", "therapist", "exceptions[0].reason", therapist => Availability(therapist, r => r.Exceptions.Add(Leave(0, Text(201))))),
        ["booking reason"] = ("BookAppointment", "therapist", "reason", therapist => Booking(therapist, Text(2001))),
        ["reschedule reason"] = ("RescheduleAppointment", "patient", "reason", _ => new RescheduleAppointmentRequest
        {
            RequestId = NewId(),
            AppointmentId = NewId(),
            StartsAt = InTwoDays(0),
            EndsAt = InTwoDays(30),
            Reason = Text(2001),
        }),
        ["cancel reason"] = ("CancelAppointment", "patient", "reason", _ => new CancelAppointmentRequest { RequestId = NewId(), AppointmentId = NewId(), Reason = Text(2001) }),
    };

    public static TheoryData<string> OverLimitCases => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(OverLimitCases))]
    public async Task One_past_a_limit_is_invalid_naming_the_field_and_writes_nothing(string name)
    {
        var limit = Cases[name];
        var caller = limit.Role == "patient" ? TestCaller.NewPatient() : TestCaller.NewTherapist();
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync(SchedulingClient.Service.FindMethodByName(limit.Rpc), limit.Request(caller), caller));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([limit.Field], error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToArray() ?? []);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Availability_with_every_list_and_reason_at_its_limit_is_accepted()
    {
        var therapist = TestCaller.NewTherapist();
        var request = Availability(therapist, r =>
        {
            r.WeeklyHours.Add(Many(50, i => Hours(i % 7 + 1, i / 7)));
            // Three bytes each in UTF-8: the largest such a request gets, and it fits the receive limit.
            r.Exceptions.Add(Many(200, i => Leave(i, new string('€', 200))));
        });

        var saved = await system.Client.CallAsync<SetAvailabilityRequest, Availability>("SetAvailability", request, therapist);

        Assert.Equal((50, 200), (saved.WeeklyHours.Count, saved.Exceptions.Count));
    }

    [Fact]
    public async Task A_message_past_the_receive_limit_is_resource_exhausted_and_writes_nothing()
    {
        var therapist = TestCaller.NewTherapist();
        var before = Snapshot();

        // 300 KiB of text: past the 256 KiB receive limit, within the library's 4 MiB default.
        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync<BookAppointmentRequest, Appointment>("BookAppointment", Booking(therapist, Text(300 * 1024)), therapist));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(before, Snapshot());
    }

    private static SetPreferencesRequest Preferences(TestCaller patient, Action<SetPreferencesRequest> change)
    {
        var request = new SetPreferencesRequest { RequestId = NewId(), PatientId = patient.Id.ToString(), TimeZone = "Europe/London" };
        change(request);
        return request;
    }

    private static SetAvailabilityRequest Availability(TestCaller therapist, Action<SetAvailabilityRequest> change)
    {
        var request = new SetAvailabilityRequest { RequestId = NewId(), TherapistId = therapist.Id.ToString(), TimeZone = "Europe/London" };
        change(request);
        return request;
    }

    private static BookAppointmentRequest Booking(TestCaller therapist, string reason) => new()
    {
        RequestId = NewId(),
        PatientId = NewId(),
        TherapistId = therapist.Id.ToString(),
        StartsAt = InTwoDays(0),
        EndsAt = InTwoDays(30),
        Reason = reason,
    };

    /// <summary>One of several short spans on a day, none overlapping: 08:00–08:30, 09:00–09:30…</summary>
    private static DailyHours Hours(int day, int span) =>
        new() { Day = (Weekday)day, StartTime = $"{8 + span:00}:00", EndTime = $"{8 + span:00}:30" };

    private static AvailabilityException Leave(int day, string reason = "Annual leave") => new()
    {
        StartsAt = Timestamp.FromDateTimeOffset(Today.AddDays(10 + day)),
        EndsAt = Timestamp.FromDateTimeOffset(Today.AddDays(11 + day)),
        Reason = reason,
    };

    private static Timestamp InTwoDays(int minutes) => Timestamp.FromDateTimeOffset(Today.AddDays(2).AddHours(10).AddMinutes(minutes));

    private static DateTimeOffset Today => new(DateTime.UtcNow.Date, TimeSpan.Zero);

    private static IEnumerable<T> Many<T>(int count, Func<int, T> entry) => Enumerable.Range(0, count).Select(entry).ToList();

    private static string Text(int length) => new('x', length);

    private static string NewId() => Guid.NewGuid().ToString();

    /// <summary>Rows that only requests write (timers of other tests keep firing, so their tables are left out).</summary>
    private string Snapshot() => string.Join(", ", new[] { "preferences", "availability", "appointments", "processed_requests" }
        .Select(table => $"{table}={DatabaseRows.Count(system.DatabaseFile, table)}"));
}
