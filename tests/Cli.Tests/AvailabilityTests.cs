using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Api;
using StatusCode = global::Grpc.Core.StatusCode;

namespace Telehealth.Cli.Tests;

/// <summary>`therapist availability set|show`: weekly hours as SetAvailability takes them, keeping what it would otherwise drop.</summary>
public sealed class AvailabilityTests : IAsyncLifetime
{
    private const string Set = "SchedulingService/SetAvailability";
    private const string Get = "SchedulingService/GetAvailability";
    private readonly Guid _therapist = Guid.NewGuid();
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Therapist, _therapist));
        Backend.On<GetAvailabilityRequest, Availability>(Get, request => new Availability { TherapistId = request.TherapistId });
        Backend.On<SetAvailabilityRequest, Availability>(Set, request => new Availability
        {
            TherapistId = request.TherapistId,
            TimeZone = request.TimeZone,
            WeeklyHours = { request.WeeklyHours },
            Exceptions = { request.Exceptions },
            UpdatedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        });
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task Days_from_and_to_become_one_window_on_each_day_for_the_caller()
    {
        var result = await _cli.RunAsync("therapist", "availability", "set", "--days", "mon-wed,fri", "--from", "9:00", "--to", "17:30", "--time-zone", "Europe/London");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SetAvailabilityRequest>(Set);
        Assert.Equal(_therapist.ToString(), request.TherapistId);
        Assert.Equal("Europe/London", request.TimeZone);
        Assert.True(Guid.TryParse(request.RequestId, out _), request.RequestId);
        Assert.Equal([Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Friday], request.WeeklyHours.Select(h => h.Day));
        Assert.All(request.WeeklyHours, h => Assert.Equal(("09:00", "17:30"), (h.StartTime, h.EndTime)));
        Assert.Contains("Weekly hours (Europe/London)", result.Out);
        Assert.Contains("│ fri │ 09:00–17:30 │", result.Out);
        Assert.DoesNotContain("thu", result.Out);
    }

    [Fact]
    public async Task Several_windows_a_day_are_sent_in_order()
    {
        var result = await _cli.RunAsync("therapist", "availability", "set", "--time-zone", "UTC",
            "--hours", "mon,thu 13:00-17:00", "--hours", "mon,thu 08:30-12:00", "--hours", "sun 10:00-11:00");

        Assert.True(result.ExitCode == 0, result.ToString());
        var hours = Backend.Request<SetAvailabilityRequest>(Set).WeeklyHours.Select(h => $"{h.Day} {h.StartTime}-{h.EndTime}");
        Assert.Equal(["Monday 08:30-12:00", "Monday 13:00-17:00", "Thursday 08:30-12:00", "Thursday 13:00-17:00", "Sunday 10:00-11:00"], hours);
        Assert.Contains("│ mon │ 08:30–12:00, 13:00–17:00 │", result.Out);
    }

    [Fact]
    public async Task Leave_and_the_time_zone_set_before_are_kept()
    {
        var leave = new AvailabilityException
        {
            StartsAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero)),
            EndsAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 27, 0, 0, 0, TimeSpan.Zero)),
            Reason = "Holiday",
        };
        Backend.On<GetAvailabilityRequest, Availability>(Get, request => new Availability { TherapistId = request.TherapistId, TimeZone = "America/New_York", Exceptions = { leave } });

        var result = await _cli.RunAsync("therapist", "availability", "set", "--days", "tu-th", "--from", "08:00", "--to", "12:00");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SetAvailabilityRequest>(Set);
        Assert.Equal(_therapist.ToString(), Backend.Request<GetAvailabilityRequest>(Get).TherapistId);
        Assert.Equal("America/New_York", request.TimeZone);
        Assert.Equal(leave, Assert.Single(request.Exceptions));
        Assert.Equal([Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday], request.WeeklyHours.Select(h => h.Day));
        Assert.Contains("Away 2026-12-24 00:00 to 2026-12-27 00:00: Holiday", result.Out);
    }

    [Fact]
    public async Task Without_a_zone_set_before_the_machines_own_is_used()
    {
        var result = await _cli.RunAsync("therapist", "availability", "set", "--days", "mon", "--from", "09:00", "--to", "10:00");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("UTC", Backend.Request<SetAvailabilityRequest>(Set).TimeZone);
    }

    [Fact]
    public async Task A_machine_zone_without_an_iana_name_needs_the_option()
    {
        _cli.Zone = TimeZoneInfo.CreateCustomTimeZone("Test+01", TimeSpan.FromHours(1), "Test+01", "Test+01");

        var result = await _cli.RunAsync("therapist", "availability", "set", "--days", "mon", "--from", "09:00", "--to", "10:00");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no IANA name: give one with --time-zone", result.Error);
        Assert.Empty(Backend.Calls(Set));
    }

    [Theory]
    [InlineData("--days takes days of the week (e.g. mon,wed,fri or mon-fri), not 'funday'.", "--days", "mon,funday", "--from", "09:00", "--to", "17:00")]
    [InlineData("--days takes days of the week (e.g. mon,wed,fri or mon-fri), not 't'.", "--days", "t", "--from", "09:00", "--to", "17:00")]
    [InlineData("--from/--to: '25:00' is not a time of day (HH:MM, e.g. 09:00).", "--days", "mon", "--from", "25:00", "--to", "17:00")]
    [InlineData("--from/--to: the hours must end after they start on the same day, not 17:00 to 09:00.", "--days", "mon", "--from", "17:00", "--to", "09:00")]
    [InlineData("--hours \"mon-fri\": give the days, a space, then the hours", "--hours", "mon-fri")]
    [InlineData("--hours \"mon-fri 9-17\": '9' is not a time of day", "--hours", "mon-fri 9-17")]
    [InlineData("--days, --from and --to go together", "--days", "mon", "--from", "09:00")]
    [InlineData("Say when you work", "--time-zone", "UTC")]
    public async Task Bad_days_and_times_are_refused_before_anything_is_sent(string message, params string[] options)
    {
        var result = await _cli.RunAsync(["therapist", "availability", "set", .. options]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Error);
        Assert.Empty(Backend.AllCalls);
    }

    [Fact]
    public async Task Show_asks_for_the_callers_own_hours()
    {
        Backend.On<GetAvailabilityRequest, Availability>(Get, request => new Availability
        {
            TherapistId = request.TherapistId,
            TimeZone = "Europe/Paris",
            WeeklyHours = { new DailyHours { Day = Weekday.Saturday, StartTime = "10:00", EndTime = "12:00" } },
        });

        var result = await _cli.RunAsync("therapist", "availability", "show");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(_therapist.ToString(), Backend.Request<GetAvailabilityRequest>(Get).TherapistId);
        Assert.Contains("Weekly hours (Europe/Paris)", result.Out);
        Assert.Contains("│ sat │ 10:00–12:00 │", result.Out);
    }

    [Fact]
    public async Task Show_without_hours_says_how_to_set_them()
    {
        var result = await _cli.RunAsync("therapist", "availability", "show");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No weekly hours set", result.Out);
        Assert.Contains("telehealth therapist availability set", result.Out);
    }

    [Fact]
    public async Task A_patient_setting_hours_is_told_it_is_for_therapists()
    {
        using var patient = CliRunner.For(_system, TestTokens.For(CallerRole.Patient, Guid.NewGuid()));
        Backend.Fail(Get, new RpcException(new Status(StatusCode.NotFound, "therapist_id: no such therapist of yours.")));
        Backend.Fail(Set, new RpcException(new Status(StatusCode.PermissionDenied, "Only the therapist may set their own availability.")));

        var result = await patient.RunAsync("therapist", "availability", "set", "--days", "mon", "--from", "09:00", "--to", "10:00");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("Error: Setting availability is for therapists: the token's role is patient.", result.Error.Trim());
    }
}
