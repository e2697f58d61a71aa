using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

/// <summary>`therapist appointments`, `reschedule` and `cancel-review`, with appointments named by the start of their id.</summary>
public sealed class AppointmentTests : IAsyncLifetime
{
    private const string List = "SchedulingService/ListAppointments";
    private const string Reschedule = "SchedulingService/RescheduleAppointment";
    private const string Cancel = "SchedulingService/CancelAppointment";
    private const string First = "abcd1234-0000-4000-8000-000000000001";
    private const string Second = "abcd1234-1111-4000-8000-000000000002";
    private const string Third = "ef015678-2222-4000-8000-000000000003";
    private static readonly Guid Patient = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private static readonly DateTimeOffset Nine = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Therapist, Guid.NewGuid()));
        Backend.On<ListAppointmentsRequest, ListAppointmentsResponse>(List, _ => new ListAppointmentsResponse
        {
            Appointments =
            {
                Appointment(First, Nine, minutes: 45, "Flare follow-up"),
                Appointment(Second, Nine.AddDays(1), minutes: 30, "Routine review"),
                Appointment(Third, Nine.AddDays(2), minutes: 30, "Discharge"),
            },
            PendingReviews = { new PendingReview { PatientId = Patient.ToString(), Reason = "Adherence dropped", Urgent = true, RequestedAt = Timestamp.FromDateTimeOffset(Nine.AddDays(-1)) } },
        });
        Backend.On<RescheduleAppointmentRequest, Appointment>(Reschedule, request => new Appointment
        {
            AppointmentId = request.AppointmentId, PatientId = Patient.ToString(), StartsAt = request.StartsAt, EndsAt = request.EndsAt,
            Status = AppointmentStatus.Booked, Sequence = 1, Reason = "Flare follow-up",
        });
        Backend.On<CancelAppointmentRequest, Appointment>(Cancel, request => new Appointment
        {
            AppointmentId = request.AppointmentId, PatientId = Patient.ToString(), StartsAt = Timestamp.FromDateTimeOffset(Nine), EndsAt = Timestamp.FromDateTimeOffset(Nine.AddMinutes(30)),
            Status = AppointmentStatus.Cancelled, CancelReason = request.Reason,
        });
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task The_list_shows_each_review_by_the_short_id_that_commands_take_and_the_reviews_waiting()
    {
        var result = await _cli.RunAsync("therapist", "appointments", "--all");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<ListAppointmentsRequest>(List);
        Assert.True(request.IncludeCancelled);
        Assert.Null(request.From);
        Assert.Equal("", request.PatientId);
        Assert.Contains("2026-12-02 09:00", result.Out);
        Assert.Contains("09:45", result.Out);
        Assert.Contains("Flare follow-up", result.Out);
        // The two that start alike are shown long enough to tell apart; the third by its first 8 digits.
        Assert.Contains("abcd1234-0", result.Out);
        Assert.Contains("abcd1234-1", result.Out);
        Assert.Contains("ef015678 ", result.Out);
        Assert.DoesNotContain(Third, result.Out);
        Assert.Contains("3f2504e0", result.Out);
        Assert.Contains("Waiting for free time: urgent review with patient 3f2504e0", result.Out);
        Assert.Contains("Adherence dropped", result.Out);
    }

    [Fact]
    public async Task Days_ahead_and_a_patient_narrow_the_list()
    {
        var result = await _cli.RunAsync("therapist", "appointments", "--days", "30", "--patient", Patient.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<ListAppointmentsRequest>(List);
        Assert.Equal(Patient.ToString(), request.PatientId);
        Assert.False(request.IncludeCancelled);
        Assert.Equal(TimeSpan.FromDays(30), request.To.ToDateTimeOffset() - request.From.ToDateTimeOffset());
        Assert.InRange(request.From.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Reschedule_by_a_unique_start_keeps_the_length_and_says_why()
    {
        var result = await _cli.RunAsync("therapist", "reschedule", "ef01", "--at", "2026-12-05 10:00", "--reason", "Clinic closed");

        Assert.True(result.ExitCode == 0, result.ToString());
        var search = Backend.Request<ListAppointmentsRequest>(List);
        Assert.False(search.IncludeCancelled);
        Assert.True(search.To.ToDateTimeOffset() - search.From.ToDateTimeOffset() <= TimeSpan.FromDays(120));
        var request = Backend.Request<RescheduleAppointmentRequest>(Reschedule);
        Assert.Equal(Third, request.AppointmentId);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero), request.StartsAt.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 10, 30, 0, TimeSpan.Zero), request.EndsAt.ToDateTimeOffset());
        Assert.Equal("Clinic closed", request.Reason);
        Assert.True(Guid.TryParse(request.RequestId, out _));
        Assert.Contains($"Moved review {Third}: 2026-12-05 10:00 to 10:30 with patient {Patient}.", result.Out);
    }

    [Fact]
    public async Task Reschedule_with_minutes_changes_the_length()
    {
        var result = await _cli.RunAsync("therapist", "reschedule", "abcd1234-0", "--at", "2026-12-05T10:00+01:00", "--minutes", "60");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<RescheduleAppointmentRequest>(Reschedule);
        Assert.Equal(First, request.AppointmentId);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), request.StartsAt.ToDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(1), request.EndsAt.ToDateTimeOffset() - request.StartsAt.ToDateTimeOffset());
    }

    [Fact]
    public async Task An_ambiguous_start_lists_the_matches_and_changes_nothing()
    {
        var result = await _cli.RunAsync("therapist", "reschedule", "abcd1234", "--at", "2026-12-05 10:00");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'abcd1234' is the start of more than one booked appointment in your calendar:", result.Error);
        Assert.Contains($"{First} (2026-12-02 09:00 with patient 3f2504e0)", result.Error);
        Assert.Contains($"{Second} (2026-12-03 09:00 with patient 3f2504e0)", result.Error);
        Assert.Contains("Give more of the id.", result.Error);
        Assert.Empty(Backend.Calls(Reschedule));
    }

    [Fact]
    public async Task An_unknown_start_is_not_found()
    {
        var result = await _cli.RunAsync("therapist", "cancel-review", "0123abcd", "--reason", "Ill");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("Error: No booked appointment in your calendar starts with '0123abcd'.", result.Error.Trim());
        Assert.Empty(Backend.Calls(Cancel));
    }

    [Theory]
    [InlineData("--at takes a time, e.g. \"2026-12-01 14:30\" (local time) or 2026-12-01T14:30Z; not 'tomorrow'.", "ef01", "--at", "tomorrow")]
    [InlineData("appointment takes an id, a UUID such as", "ef", "--at", "2026-12-05 10:00")]
    [InlineData("Option '--at' is required.", "ef01")]
    public async Task A_bad_time_or_id_is_a_usage_error(string message, params string[] args)
    {
        var result = await _cli.RunAsync(["therapist", "reschedule", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(Backend.Calls(Reschedule));
    }

    [Fact]
    public async Task Cancel_review_by_its_start_sends_the_reason()
    {
        var result = await _cli.RunAsync("therapist", "cancel-review", "abcd1234-1", "--reason", "Patient discharged");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<CancelAppointmentRequest>(Cancel);
        Assert.Equal(Second, request.AppointmentId);
        Assert.Equal("Patient discharged", request.Reason);
        Assert.True(Guid.TryParse(request.RequestId, out _));
        Assert.Contains($"Cancelled review {Second}", result.Out);
        Assert.Contains("Cancelled because: Patient discharged", result.Out);
    }

    [Fact]
    public async Task Cancel_review_by_its_whole_id_needs_no_listing()
    {
        var result = await _cli.RunAsync("therapist", "cancel-review", First, "--reason", "x");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Backend.Calls(List));
        Assert.Equal(First, Backend.Request<CancelAppointmentRequest>(Cancel).AppointmentId);
    }

    [Fact]
    public async Task Cancel_review_needs_a_reason()
    {
        var result = await _cli.RunAsync("therapist", "cancel-review", First);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--reason' is required.", result.Error);
    }

    private static Appointment Appointment(string id, DateTimeOffset starts, int minutes, string reason) => new()
    {
        AppointmentId = id,
        PatientId = Patient.ToString(),
        StartsAt = Timestamp.FromDateTimeOffset(starts),
        EndsAt = Timestamp.FromDateTimeOffset(starts.AddMinutes(minutes)),
        Status = AppointmentStatus.Booked,
        Origin = AppointmentOrigin.BookedByTherapist,
        Reason = reason,
    };
}
