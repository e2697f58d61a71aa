using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Api;
using StatusCode = global::Grpc.Core.StatusCode;

namespace Telehealth.Cli.Tests;

/// <summary>`patient reports` and `patient reports correct`: a report found by the start of its id, given again as it should have been.</summary>
public sealed class ReportCorrectionTests : IAsyncLifetime
{
    private const string ListReports = "ProgressService/ListSessionReports";
    private const string Correct = "ProgressService/CorrectSessionReport";
    private const string Latest = "7e5a0001-aaaa-4000-8000-000000000001";
    private const string Older = "7e5a0002-bbbb-4000-8000-000000000002";
    private static readonly DateTimeOffset Performed = DateTimeOffset.UtcNow.AddHours(-20);
    private readonly Guid _patient = Guid.NewGuid();
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Patient, _patient));
        Backend.On<ListSessionReportsRequest, ListSessionReportsResponse>(ListReports, _ => new ListSessionReportsResponse
        {
            Reports =
            {
                new SessionReportSummary
                {
                    ReportId = Latest, ProgrammeId = Samples.ProgrammeId, ProgrammeVersion = 3, PerformedAt = Timestamp.FromDateTimeOffset(Performed),
                    PainBefore = 2, PainAfter = 3, ExercisesDone = 2, ExercisesSkipped = 1,
                },
                new SessionReportSummary
                {
                    ReportId = Older, ProgrammeId = Samples.ProgrammeId, ProgrammeVersion = 3, PerformedAt = Timestamp.FromDateTimeOffset(Performed.AddDays(-2)),
                    PainBefore = 4, PainAfter = 4, ExercisesDone = 3, CorrectedAt = Timestamp.FromDateTimeOffset(Performed.AddDays(-1)),
                },
            },
        });
        Backend.On<GetProgrammeRequest, Programme>("PrescriptionService/GetProgramme", request => Samples.Programme(_patient, request.Version));
        Backend.On<GetPatientPlanRequest, Schedule>("SchedulingService/GetPatientPlan", _ => new Schedule
        {
            Sessions =
            {
                new PlannedSession
                {
                    SessionId = "5e551011-0000-4000-8000-000000000009", ReportId = Latest, Status = SessionStatus.Done,
                    Exercises = { new PlannedExercise { ItemId = Samples.CableItem }, new PlannedExercise { ItemId = Samples.WalkingItem } },
                },
            },
        });
        Backend.On<CorrectSessionReportRequest, CorrectSessionReportResponse>(Correct, request => new CorrectSessionReportResponse
        {
            ReportId = request.ReportId,
            CorrectedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            TherapistAlerted = request.PainAfter - request.PainBefore >= 2,
        });
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task Reports_lists_the_callers_reports_with_short_ids()
    {
        var result = await _cli.RunAsync("patient", "reports", "--limit", "20");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<ListSessionReportsRequest>(ListReports);
        Assert.Equal(_patient.ToString(), request.PatientId);
        Assert.Equal(20, request.Limit);
        Assert.Contains("7e5a0001", result.Out);
        Assert.Contains("7e5a0002", result.Out);
        Assert.DoesNotContain(Latest, result.Out);
        Assert.True(result.Out.IndexOf("7e5a0001", StringComparison.Ordinal) < result.Out.IndexOf("7e5a0002", StringComparison.Ordinal));
        Assert.Single(result.Out.Split('\n'), line => line.Contains("7e5a0002") && line.Contains(Performed.AddDays(-1).ToString("yyyy-MM-dd HH:mm")));
    }

    [Fact]
    public async Task A_correction_names_exercises_by_number_against_the_version_the_report_followed()
    {
        var result = await _cli.RunAsync("patient", "reports", "correct", "7e5a0001",
            "--pain-before", "2", "--pain-after", "5", "--exercise", "2:sets=3,reps=10,load=20", "--exercise", "3:skip=no-time",
            "--notes", "Back ached after the cable work", "--reason", "I typed the wrong pain");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, Backend.Request<GetProgrammeRequest>("PrescriptionService/GetProgramme").Version);
        var request = Backend.Request<CorrectSessionReportRequest>(Correct);
        Assert.Equal(Latest, request.ReportId);
        Assert.Equal(_patient.ToString(), request.PatientId);
        Assert.Equal((2, 5), (request.PainBefore, request.PainAfter));
        Assert.Equal("I typed the wrong pain", request.Reason);
        Assert.Equal("Back ached after the cable work", request.Notes);
        Assert.True(Guid.TryParse(request.CorrectionId, out _));
        Assert.Equal([Samples.CableItem, Samples.WalkingItem], request.Exercises.Select(e => e.ItemId));
        Assert.All(request.Exercises[0].Sets, set => Assert.Equal((10, 20.0), (set.Reps, set.LoadKg)));
        Assert.Equal(SkipReason.NoTime, request.Exercises[1].SkippedBecause);
        Assert.Contains($"Report {Latest} corrected at", result.Out);
        Assert.Contains("Your therapist has been alerted.", result.Out);
        Assert.DoesNotContain("no notes", result.Error);
    }

    [Fact]
    public async Task All_done_gives_again_the_session_the_report_marked_done()
    {
        var result = await _cli.RunAsync("patient", "reports", "correct", "7e5a-0001", "--pain-before", "2", "--pain-after", "2", "--all-done", "--reason", "Wrong pain");

        Assert.True(result.ExitCode == 0, result.ToString());
        var plan = Backend.Request<GetPatientPlanRequest>("SchedulingService/GetPatientPlan");
        Assert.True(plan.From.ToDateTimeOffset() < Performed && Performed < plan.To.ToDateTimeOffset());
        var request = Backend.Request<CorrectSessionReportRequest>(Correct);
        Assert.Equal([Samples.CableItem, Samples.WalkingItem], request.Exercises.Select(e => e.ItemId));
        Assert.Equal("", request.Notes);
        Assert.Contains("The corrected report has no notes", result.Error);
        Assert.DoesNotContain("alerted", result.Out);
    }

    [Fact]
    public async Task An_exercise_number_past_the_programme_is_refused()
    {
        var result = await _cli.RunAsync("patient", "reports", "correct", "7e5a0001", "--pain-before", "2", "--pain-after", "2", "--exercise", "4:reps=10", "--reason", "x");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("No exercise in your programme is number 4: they are numbered 1 to 3", result.Error);
        Assert.Empty(Backend.Calls(Correct));
    }

    [Fact]
    public async Task An_unknown_report_is_not_found()
    {
        var result = await _cli.RunAsync("patient", "reports", "correct", "beef", "--pain-before", "2", "--pain-after", "2", "--all-done", "--reason", "x");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("Error: No session report among the latest 200 starts with 'beef'.", result.Error.Trim());
        Assert.Equal(200, Backend.Request<ListSessionReportsRequest>(ListReports).Limit);
        Assert.Empty(Backend.Calls(Correct));
    }

    [Fact]
    public async Task An_ambiguous_report_lists_both()
    {
        var result = await _cli.RunAsync("patient", "reports", "correct", "7e5a", "--pain-before", "2", "--pain-after", "2", "--all-done", "--reason", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Latest, result.Error);
        Assert.Contains(Older, result.Error);
        Assert.Empty(Backend.Calls(Correct));
    }

    [Theory]
    [InlineData("Option '--reason' is required.", "--pain-before", "2", "--pain-after", "2", "--all-done")]
    [InlineData("Say what you did: --all-done, or --exercise", "--pain-before", "2", "--pain-after", "2", "--reason", "x")]
    [InlineData("--pain-after takes a whole number from 0 to 10, not '11'", "--pain-before", "2", "--pain-after", "11", "--all-done", "--reason", "x")]
    public async Task A_correction_must_say_everything_again(string message, params string[] options)
    {
        var result = await _cli.RunAsync(["patient", "reports", "correct", "7e5a0001", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public async Task A_therapist_correcting_is_told_it_is_for_patients()
    {
        using var therapist = CliRunner.For(_system, TestTokens.For(CallerRole.Therapist, _patient));
        Backend.Fail(Correct, new RpcException(new Status(StatusCode.PermissionDenied, "Only the patient may correct their own reports.")));

        var result = await therapist.RunAsync("patient", "reports", "correct", "7e5a0001", "--pain-before", "2", "--pain-after", "2", "--all-done", "--reason", "x");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("Error: Correcting a session report is for patients: the token's role is therapist.", result.Error.Split('\n').Last(l => l.Length > 0));
    }

    [Fact]
    public async Task Pain_check_takes_the_start_of_a_report_id()
    {
        Backend.On<SubmitNextDayPainCheckRequest, SubmitNextDayPainCheckResponse>("ProgressService/SubmitNextDayPainCheck", _ => new SubmitNextDayPainCheckResponse());

        var result = await _cli.RunAsync("patient", "pain-check", "--pain", "3", "--usual", "3", "--report", "7e5a0002");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Older, Backend.Request<SubmitNextDayPainCheckRequest>("ProgressService/SubmitNextDayPainCheck").ReportId);
    }
}
