using Grpc.Core;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

public sealed class PatientCommandTests : IAsyncLifetime
{
    private const string OtherSession = "5e551011-0000-4000-8000-000000000001";
    private readonly Guid _patient = Guid.NewGuid();
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Patient, _patient));
        Backend.On<GetActiveProgrammeRequest, Programme>("PrescriptionService/GetActiveProgramme", request => Samples.Programme(Guid.Parse(request.PatientId)));
        Backend.On<GetTodayRequest, Schedule>("SchedulingService/GetToday", request => Samples.Today(Guid.Parse(request.PatientId), DateTimeOffset.UtcNow));
        Backend.On<SubmitSessionReportRequest, SubmitSessionReportResponse>("ProgressService/SubmitSessionReport", request => new SubmitSessionReportResponse
        {
            ReportId = request.ReportId,
            Feedback = { new Feedback { Tone = FeedbackTone.Encouraging, Message = "Well done: all sets at the top of the range." } },
        });
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task Today_is_the_callers_own_day_without_naming_the_patient()
    {
        var result = await _cli.RunAsync("patient", "today");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(_patient.ToString(), Backend.Request<GetTodayRequest>("SchedulingService/GetToday").PatientId);
        Assert.Contains("(Europe/London)", result.Out);
        Assert.Contains("18:00", result.Out);
        Assert.Contains("2. Cable trunk extension, 3. Walking", result.Out);
        Assert.Contains("done", result.Out);
    }

    [Fact]
    public async Task Report_all_done_sends_the_due_sessions_exercises_as_prescribed_with_every_red_flag_answered()
    {
        var result = await _cli.RunAsync("patient", "report", "--pain-before", "3", "--pain-after", "4", "--all-done", "--effort", "6", "--no-red-flags", "--notes", "Felt good");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SubmitSessionReportRequest>("ProgressService/SubmitSessionReport");
        Assert.True(Guid.TryParse(request.ReportId, out _));
        Assert.Equal(_patient.ToString(), request.PatientId);
        Assert.Equal(Samples.ProgrammeId, request.ProgrammeId);
        Assert.Equal(4, request.ProgrammeVersion);
        Assert.Equal("s-due", request.PlannedSessionId);
        Assert.Equal(3, request.PainBefore);
        Assert.Equal(4, request.PainAfter);
        Assert.Equal("Felt good", request.Notes);
        Assert.Equal([Samples.CableItem, Samples.WalkingItem], request.Exercises.Select(e => e.ItemId));
        var cable = request.Exercises[0];
        Assert.Equal(3, cable.Sets.Count);
        Assert.All(cable.Sets, set => Assert.Equal((12, 20.0), (set.Reps, set.LoadKg)));
        Assert.Equal(6, cable.Rpe);
        Assert.Equal(20, request.Exercises[1].Sets.Single().Minutes);
        Assert.Equal(7, request.RedFlags.Count);
        Assert.All(request.RedFlags, answer => Assert.False(answer.Present));
        Assert.Contains("Well done", result.Out);
        Assert.Contains($"Session reported ({request.ReportId}).", result.Out);
    }

    [Fact]
    public async Task Report_per_exercise_results_and_a_red_flag_show_urgent_feedback()
    {
        Backend.On<SubmitSessionReportRequest, SubmitSessionReportResponse>("ProgressService/SubmitSessionReport", request => new SubmitSessionReportResponse
        {
            ReportId = request.ReportId,
            TherapistAlerted = true,
            Feedback = { new Feedback { Tone = FeedbackTone.Urgent, Message = "Seek urgent care now." } },
        });

        var result = await _cli.RunAsync(
            "patient", "report", "--pain-before", "4", "--pain-after", "7",
            "--exercise", "bird:reps=10/8,hold=5,pain=3,rpe=7",
            "--exercise", "cable trunk:sets=2,reps=9,load=20",
            "--exercise", "walking:skip=pain",
            "--red-flag", "fever", "--red-flag", "pain-in-both-legs",
            "--session", OtherSession);

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SubmitSessionReportRequest>("ProgressService/SubmitSessionReport");
        Assert.Equal(OtherSession, request.PlannedSessionId);
        var bird = request.Exercises.Single(e => e.ItemId == Samples.BirdDogItem);
        Assert.Equal([10, 8], bird.Sets.Select(s => s.Reps));
        Assert.All(bird.Sets, set => Assert.Equal(5, set.HoldSeconds));
        Assert.Equal((3, 7), (bird.PainDuring, bird.Rpe));
        var cable = request.Exercises.Single(e => e.ItemId == Samples.CableItem);
        Assert.Equal(2, cable.Sets.Count);
        Assert.All(cable.Sets, set => Assert.Equal((9, 20.0), (set.Reps, set.LoadKg)));
        var walking = request.Exercises.Single(e => e.ItemId == Samples.WalkingItem);
        Assert.Equal(SkipReason.Pain, walking.SkippedBecause);
        Assert.Empty(walking.Sets);
        Assert.Equal([RedFlag.PainInBothLegs, RedFlag.Fever], request.RedFlags.Where(a => a.Present).Select(a => a.Flag).OrderBy(f => f));
        Assert.Equal(7, request.RedFlags.Count);
        Assert.Contains("URGENT", result.Out);
        Assert.Contains("Seek urgent care now.", result.Out);
        Assert.Contains("Your therapist has been alerted.", result.Out);
    }

    [Fact]
    public async Task Report_at_a_terminal_asks_each_red_flag_question()
    {
        _cli.Interactive = true;
        _cli.Input = "n\nn\nmaybe\ny\nn\nn\nn\nn\n";

        var result = await _cli.RunAsync("patient", "report", "--pain-before", "2", "--pain-after", "2", "--all-done");

        Assert.True(result.ExitCode == 0, result.ToString());
        var answers = Backend.Request<SubmitSessionReportRequest>("ProgressService/SubmitSessionReport").RedFlags;
        Assert.Equal([RedFlag.ProgressiveLegWeakness], answers.Where(a => a.Present).Select(a => a.Flag));
        Assert.Contains("Are your legs getting weaker? [y/n]", result.Error);
        Assert.Contains("Please answer y or n.", result.Error);
    }

    [Fact]
    public async Task Report_from_a_script_without_red_flag_answers_is_refused_before_anything_is_sent()
    {
        var result = await _cli.RunAsync("patient", "report", "--pain-before", "2", "--pain-after", "2", "--all-done");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Answer the red-flag questions: --no-red-flags, or --red-flag <sign>", result.Error);
        Assert.Empty(Backend.Calls("ProgressService/SubmitSessionReport"));
    }

    [Fact]
    public async Task Report_with_a_bad_exercise_spec_says_how_to_write_one()
    {
        var result = await _cli.RunAsync("patient", "report", "--pain-before", "2", "--pain-after", "2", "--exercise", "bird:reps=ten", "--no-red-flags");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reps takes a whole number from 0 to 500, not 'ten'", result.Error);
        Assert.Contains("<exercise>:reps=12/12/10", result.Error);
    }

    [Fact]
    public async Task Report_goes_without_a_planned_session_when_scheduling_cannot_say()
    {
        Backend.Fail("SchedulingService/GetToday", new RpcException(new Status(StatusCode.Internal, "boom")));

        var result = await _cli.RunAsync("patient", "report", "--pain-before", "2", "--pain-after", "2", "--all-done", "--no-red-flags");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SubmitSessionReportRequest>("ProgressService/SubmitSessionReport");
        Assert.Equal("", request.PlannedSessionId);
        Assert.Equal([Samples.BirdDogItem, Samples.CableItem, Samples.WalkingItem], request.Exercises.Select(e => e.ItemId));
        Assert.Contains("reporting without it", result.Error);
    }

    [Fact]
    public async Task Pain_check_follows_the_latest_report()
    {
        Backend.On<ListSessionReportsRequest, ListSessionReportsResponse>("ProgressService/ListSessionReports", _ => new ListSessionReportsResponse
        {
            Reports = { new SessionReportSummary { ReportId = "r-latest", PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-14)) } },
        });
        Backend.On<SubmitNextDayPainCheckRequest, SubmitNextDayPainCheckResponse>("ProgressService/SubmitNextDayPainCheck", _ => new SubmitNextDayPainCheckResponse
        {
            TherapistAlerted = true,
            Feedback = { new Feedback { Tone = FeedbackTone.Caution, Message = "Pain is above your usual: the next session uses the previous load." } },
        });

        var result = await _cli.RunAsync("patient", "pain-check", "--pain", "5", "--usual", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SubmitNextDayPainCheckRequest>("ProgressService/SubmitNextDayPainCheck");
        Assert.Equal("r-latest", request.ReportId);
        Assert.Equal((5, 3), (request.Pain, request.UsualPain));
        Assert.True(Guid.TryParse(request.CheckId, out _));
        Assert.Equal(_patient.ToString(), request.PatientId);
        Assert.Contains("Caution: Pain is above your usual", result.Out);
    }

    [Fact]
    public async Task Pain_check_without_any_report_exits_4()
    {
        Backend.On<ListSessionReportsRequest, ListSessionReportsResponse>("ProgressService/ListSessionReports", _ => new ListSessionReportsResponse());

        var result = await _cli.RunAsync("patient", "pain-check", "--pain", "5", "--usual", "3");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("No session report to follow up yet", result.Error);
    }

    [Fact]
    public async Task Odi_from_options_sends_ten_answers_in_order_with_skipped_sections()
    {
        Backend.On<SubmitOutcomeMeasureRequest, SubmitOutcomeMeasureResponse>("ProgressService/SubmitOutcomeMeasure", request => new SubmitOutcomeMeasureResponse
        {
            OutcomeId = request.OutcomeId, Score = 34, ChangeFromBaseline = -12, MinimalImportantChangeReached = true, Interpretation = "Moderate disability",
        });

        var result = await _cli.RunAsync("--json", "patient", "odi", "--pain-intensity", "3", "--personal-care", "1", "--lifting", "4", "--walking", "2",
            "--sitting", "2", "--standing", "3", "--sleeping", "1", "--social-life", "2", "--travelling", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<SubmitOutcomeMeasureRequest>("ProgressService/SubmitOutcomeMeasure");
        Assert.Equal(OutcomeMeasure.OswestryDisabilityIndex, request.Measure);
        Assert.Equal([3, 1, 4, 2, 2, 3, 1, -1, 2, 2], request.Answers);
        Assert.Equal(34, result.Json().GetProperty("score").GetDouble());
        Assert.True(result.Json().GetProperty("minimalImportantChangeReached").GetBoolean());
    }

    [Fact]
    public async Task Odi_at_a_terminal_asks_the_sections_not_given()
    {
        Backend.On<SubmitOutcomeMeasureRequest, SubmitOutcomeMeasureResponse>("ProgressService/SubmitOutcomeMeasure", _ => new SubmitOutcomeMeasureResponse { Score = 20 });
        _cli.Interactive = true;
        _cli.Input = "2\n7\n1\n1\n0\n1\n\n\n1\n0\n";

        var result = await _cli.RunAsync("patient", "odi", "--pain-intensity", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([3, 2, 1, 1, 0, 1, -1, -1, 1, 0], Backend.Request<SubmitOutcomeMeasureRequest>("ProgressService/SubmitOutcomeMeasure").Answers);
        Assert.Contains("Lifting — 0: heavy weights without extra pain … 5: I cannot lift or carry anything [0-5, Enter to skip]", result.Error);
        Assert.Contains("Please answer with a whole number from 0 to 5.", result.Error);
        Assert.DoesNotContain("Pain intensity", result.Error);
        Assert.Contains("Oswestry Disability Index: 20 %", result.Out);
    }

    [Fact]
    public async Task Odi_from_a_script_without_answers_is_a_usage_error()
    {
        var result = await _cli.RunAsync("patient", "odi");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--pain-intensity", result.Error);
        Assert.Contains("run at a terminal to be asked", result.Error);
    }
}
