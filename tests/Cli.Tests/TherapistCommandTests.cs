using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

public sealed class TherapistCommandTests : IAsyncLifetime
{
    private static readonly Guid Patient = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private readonly Guid _therapist = Guid.NewGuid();
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;
    private string _token = "";

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _token = TestTokens.For(CallerRole.Therapist, _therapist);
        _cli = CliRunner.For(_system, _token);
        Backend.On<GetActiveProgrammeRequest, Programme>("PrescriptionService/GetActiveProgramme", request => Samples.Programme(Guid.Parse(request.PatientId)));
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task Exercise_search_shows_a_table_and_carries_the_bearer_token()
    {
        Backend.On<SearchExercisesRequest, SearchExercisesResponse>("PrescriptionService/SearchExercises", _ => new SearchExercisesResponse
        {
            Exercises =
            {
                new Exercise { ExerciseId = "e-1", Name = "Bird-dog", Category = ExerciseCategory.StabiliserActivation, Purpose = "Diagonal control", BuiltIn = true },
                new Exercise { ExerciseId = "e-2", Name = "Cable trunk extension", Category = ExerciseCategory.LumbarStrengthening, LoadStepKg = 2.5 },
            },
        });

        var result = await _cli.RunAsync("therapist", "exercises", "search", "bird", "--category", "stabiliser-activation");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Bird-dog", result.Out);
        Assert.Contains("stabiliser-activation", result.Out);
        Assert.Contains("2.5 kg", result.Out);
        var call = Assert.Single(Backend.Calls("PrescriptionService/SearchExercises"));
        Assert.Equal($"Bearer {_token}", call.Authorization);
        var request = (SearchExercisesRequest)call.Request;
        Assert.Equal("bird", request.Text);
        Assert.Equal(ExerciseCategory.StabiliserActivation, request.Category);
    }

    [Fact]
    public async Task Json_prints_the_response_as_protobuf_json()
    {
        Backend.On<SearchExercisesRequest, SearchExercisesResponse>("PrescriptionService/SearchExercises", _ => new SearchExercisesResponse
        {
            Exercises = { new Exercise { ExerciseId = "e-1", Name = "Bird-dog", Category = ExerciseCategory.StabiliserActivation } },
        });

        var result = await _cli.RunAsync("--json", "therapist", "exercises", "search");

        Assert.Equal(0, result.ExitCode);
        var exercise = result.Json().GetProperty("exercises")[0];
        Assert.Equal("Bird-dog", exercise.GetProperty("name").GetString());
        Assert.Equal("STABILISER_ACTIVATION", exercise.GetProperty("category").GetString());
        Assert.False(exercise.GetProperty("builtIn").GetBoolean());
    }

    [Fact]
    public async Task Prescribe_finds_the_template_by_name_and_sends_a_request_id()
    {
        Backend.On<ListTemplatesRequest, ListTemplatesResponse>("PrescriptionService/ListTemplates", _ => new ListTemplatesResponse
        {
            Templates =
            {
                new ProgrammeTemplate { TemplateId = "t-early", Name = "Early stabilisation" },
                new ProgrammeTemplate { TemplateId = "t-strength", Name = "Lumbar strength" },
            },
        });
        Backend.On<PrescribeProgrammeRequest, Programme>("PrescriptionService/PrescribeProgramme", request => Samples.Programme(Guid.Parse(request.PatientId), version: 1));

        var result = await _cli.RunAsync("therapist", "prescribe", "--patient", Patient.ToString(), "--template", "early", "--reason", "Acute episode, start with control", "--review-days", "10");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<PrescribeProgrammeRequest>("PrescriptionService/PrescribeProgramme");
        Assert.Equal("t-early", request.TemplateId);
        Assert.Equal(Patient.ToString(), request.PatientId);
        Assert.Equal("Acute episode, start with control", request.Reason);
        Assert.Equal(10, request.ReviewIntervalDays);
        Assert.True(Guid.TryParse(request.RequestId, out _), request.RequestId);
        Assert.Contains("Cable trunk extension", result.Out);
        Assert.Contains("3 × 8–12 reps, 20 kg", result.Out);
    }

    [Fact]
    public async Task Prescribe_with_an_unknown_template_lists_the_templates_and_exits_4()
    {
        Backend.On<ListTemplatesRequest, ListTemplatesResponse>("PrescriptionService/ListTemplates", _ => new ListTemplatesResponse
        {
            Templates = { new ProgrammeTemplate { TemplateId = "t-early", Name = "Early stabilisation" } },
        });

        var result = await _cli.RunAsync("therapist", "prescribe", "--patient", Patient.ToString(), "--template", "yoga", "--reason", "x");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("No template called \"yoga\"; there are \"Early stabilisation\".", result.Error);
        Assert.Empty(Backend.Calls("PrescriptionService/PrescribeProgramme"));
    }

    [Fact]
    public async Task Programme_show_prints_each_exercise_with_its_dosage_and_the_last_reason()
    {
        var result = await _cli.RunAsync("therapist", "programme", "show", "--patient", Patient.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("version 4, active", result.Out);
        Assert.Contains("Load up after two good sessions", result.Out);
        Assert.Contains("2 × 8–10 reps, hold 5 s", result.Out);
        Assert.Contains(Samples.WalkingItem[..8], result.Out);
        Assert.DoesNotContain(Samples.WalkingItem, result.Out);
        Assert.Equal(Patient.ToString(), Backend.Request<GetActiveProgrammeRequest>("PrescriptionService/GetActiveProgramme").PatientId);
    }

    [Fact]
    public async Task Programme_show_of_a_past_version_asks_for_that_version()
    {
        Backend.On<GetProgrammeRequest, Programme>("PrescriptionService/GetProgramme", request => Samples.Programme(Patient, request.Version));

        var result = await _cli.RunAsync("therapist", "programme", "show", "--patient", Patient.ToString(), "--version", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<GetProgrammeRequest>("PrescriptionService/GetProgramme");
        Assert.Equal(Samples.ProgrammeId, request.ProgrammeId);
        Assert.Equal(2, request.Version);
        Assert.Contains("version 2", result.Out);
    }

    [Fact]
    public async Task Adjust_changes_one_item_keeps_the_others_and_sends_the_version_looked_at()
    {
        Backend.On<AdjustProgrammeRequest, Programme>("PrescriptionService/AdjustProgramme", _ => Samples.Programme(Patient, version: 5));

        var result = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--item", "cable", "--load", "22.5", "--reps", "10-12", "--reason", "Top of range twice, pain 1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<AdjustProgrammeRequest>("PrescriptionService/AdjustProgramme");
        Assert.Equal(Samples.ProgrammeId, request.ProgrammeId);
        Assert.Equal(4, request.ExpectedVersion);
        Assert.Equal("Top of range twice, pain 1", request.Reason);
        Assert.True(Guid.TryParse(request.RequestId, out _));
        Assert.Equal([Samples.BirdDogItem, Samples.CableItem, Samples.WalkingItem, Samples.MovementBreakItem], request.Items.Select(i => i.ItemId));
        var cable = request.Items[1];
        Assert.Equal(22.5, cable.Dosage.LoadKg);
        Assert.Equal(10, cable.Dosage.RepsMin);
        Assert.Equal(12, cable.Dosage.RepsMax);
        Assert.Equal(3, cable.Dosage.Sets);
        Assert.Equal(30, cable.Progression.MaxLoadKg);
        Assert.Equal(RehabPhase.Strength, cable.Phase);
        Assert.Equal(5, request.Items[0].Dosage.HoldSeconds);
    }

    [Fact]
    public async Task Adjust_can_remove_and_add_exercises()
    {
        Backend.On<AdjustProgrammeRequest, Programme>("PrescriptionService/AdjustProgramme", _ => Samples.Programme(Patient, version: 5));
        Backend.On<SearchExercisesRequest, SearchExercisesResponse>("PrescriptionService/SearchExercises", _ => new SearchExercisesResponse
        {
            Exercises = { new Exercise { ExerciseId = "e-bridge", Name = "Bridge" }, new Exercise { ExerciseId = "e-bird-dog", Name = "Bird-dog" } },
        });

        var removed = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--item", "walking", "--remove", "--reason", "Knee pain on walks");
        var removal = Backend.Request<AdjustProgrammeRequest>("PrescriptionService/AdjustProgramme");
        var added = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--add", "e-bridge", "--sets", "2", "--reps", "12", "--hold", "10", "--days", "mon,thu", "--phase", "endurance", "--reason", "Glutes");
        var addition = Backend.Request<AdjustProgrammeRequest>("PrescriptionService/AdjustProgramme");

        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Equal([Samples.BirdDogItem, Samples.CableItem, Samples.MovementBreakItem], removal.Items.Select(i => i.ItemId));
        var bridge = addition.Items[^1];
        Assert.Equal(5, addition.Items.Count);
        Assert.Equal("", bridge.ItemId);
        Assert.Equal("e-bridge", bridge.ExerciseId);
        Assert.Equal(2, bridge.Dosage.Sets);
        Assert.Equal(12, bridge.Dosage.RepsMin);
        Assert.Equal(12, bridge.Dosage.RepsMax);
        Assert.Equal([Contracts.Prescription.V1.Weekday.Monday, Contracts.Prescription.V1.Weekday.Thursday], bridge.Dosage.Days);
        Assert.Equal(RehabPhase.Endurance, bridge.Phase);
        Assert.NotEqual(removal.RequestId, addition.RequestId);
    }

    [Fact]
    public async Task Adjust_with_nothing_to_change_is_a_usage_error()
    {
        var result = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--item", "walking", "--reason", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Nothing to change", result.Error);
        Assert.Empty(Backend.Calls("PrescriptionService/AdjustProgramme"));
    }

    [Fact]
    public async Task Adjust_with_an_ambiguous_name_asks_for_more()
    {
        var result = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Patient.ToString(), "--item", "in", "--sets", "2", "--reason", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"in\" could be \"Walking\", \"Movement break during desk work\": give more of the name, or the id.", result.Error);
    }

    [Fact]
    public async Task Pausing_sends_the_status_and_the_version_looked_at()
    {
        Backend.On<ChangeProgrammeStatusRequest, Programme>("PrescriptionService/ChangeProgrammeStatus", _ => Samples.Programme(Patient, version: 5));

        var result = await _cli.RunAsync("therapist", "programme", "pause", "--patient", Patient.ToString(), "--reason", "Holiday");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<ChangeProgrammeStatusRequest>("PrescriptionService/ChangeProgrammeStatus");
        Assert.Equal(ProgrammeStatus.Paused, request.Status);
        Assert.Equal(4, request.ExpectedVersion);
        Assert.Equal("Holiday", request.Reason);
    }

    [Fact]
    public async Task Suggestions_are_listed_approved_and_rejected()
    {
        var suggestionId = Guid.NewGuid();
        Backend.On<ListSuggestionsRequest, ListSuggestionsResponse>("PrescriptionService/ListSuggestions", _ => new ListSuggestionsResponse
        {
            Suggestions =
            {
                new Suggestion
                {
                    SuggestionId = suggestionId.ToString(), PatientId = Patient.ToString(), ExerciseName = "Cable trunk extension",
                    Kind = SuggestionKind.Progression, Status = SuggestionStatus.Pending, Explanation = "12 reps in every set twice, pain 1",
                    Current = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20 },
                    Proposed = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 21 },
                },
            },
        });
        Backend.On<DecideSuggestionRequest, DecideSuggestionResponse>("PrescriptionService/DecideSuggestion", request => new DecideSuggestionResponse
        {
            Suggestion = new Suggestion
            {
                SuggestionId = request.SuggestionId, ExerciseName = "Cable trunk extension",
                Status = request.Decision == Decision.Reject ? SuggestionStatus.Rejected : SuggestionStatus.Approved,
            },
            Programme = Samples.Programme(Patient, version: 5),
        });

        var list = await _cli.RunAsync("therapist", "suggestions", "list", "--patient", Patient.ToString());
        var approve = await _cli.RunAsync("therapist", "suggestions", "approve", suggestionId.ToString());
        var approval = Backend.Request<DecideSuggestionRequest>("PrescriptionService/DecideSuggestion");
        var reject = await _cli.RunAsync("therapist", "suggestions", "reject", suggestionId.ToString(), "--reason", "Wait for the review");
        var rejection = Backend.Request<DecideSuggestionRequest>("PrescriptionService/DecideSuggestion");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("3 × 8–12 reps, 21 kg", list.Out);
        Assert.Contains("12 reps in every set twice", list.Out);
        Assert.True(Backend.Request<ListSuggestionsRequest>("PrescriptionService/ListSuggestions").PendingOnly);
        Assert.Equal(0, approve.ExitCode);
        Assert.Contains("Approved suggestion", approve.Out);
        Assert.Contains("now version 5", approve.Out);
        Assert.Equal(Decision.Approve, approval.Decision);
        Assert.Equal(0, reject.ExitCode);
        Assert.Contains("Rejected suggestion", reject.Out);
        Assert.Equal(Decision.Reject, rejection.Decision);
        Assert.Equal("Wait for the review", rejection.Reason);
        Assert.NotEqual(approval.RequestId, rejection.RequestId);
    }

    [Fact]
    public async Task A_change_made_automatically_is_undone_by_the_start_of_its_id()
    {
        var suggestionId = Guid.Parse("1a2b3c4d-5e6f-4a0b-8c0d-0e0f10111213");
        Backend.On<ListSuggestionsRequest, ListSuggestionsResponse>("PrescriptionService/ListSuggestions", _ => new ListSuggestionsResponse
        {
            Suggestions =
            {
                new Suggestion
                {
                    SuggestionId = suggestionId.ToString(), PatientId = Patient.ToString(), ExerciseName = "Walking",
                    Kind = SuggestionKind.Progression, Status = SuggestionStatus.AppliedAutomatically,
                },
            },
        });
        Backend.On<DecideSuggestionRequest, DecideSuggestionResponse>("PrescriptionService/DecideSuggestion", request => new DecideSuggestionResponse
        {
            Suggestion = new Suggestion { SuggestionId = request.SuggestionId, ExerciseName = "Walking", Status = SuggestionStatus.Undone },
            Programme = Samples.Programme(Patient, version: 4),
        });

        var undo = await _cli.RunAsync("therapist", "suggestions", "undo", "1a2b3c4d", "--reason", "Wait for the review");

        Assert.True(undo.ExitCode == 0, undo.ToString());
        var request = Backend.Request<DecideSuggestionRequest>("PrescriptionService/DecideSuggestion");
        Assert.Equal((suggestionId.ToString(), Decision.Undo, "Wait for the review"), (request.SuggestionId, request.Decision, request.Reason));
        Assert.Contains("Undid suggestion", undo.Out);
        Assert.Contains("now version 4", undo.Out);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason()
    {
        var result = await _cli.RunAsync("therapist", "suggestions", "reject", Guid.NewGuid().ToString());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--reason' is required.", result.Error);
    }

    [Fact]
    public async Task Triage_lists_patients_most_urgent_first()
    {
        Backend.On<GetTriageRequest, GetTriageResponse>("ProgressService/GetTriage", _ => new GetTriageResponse
        {
            Patients =
            {
                new TriageEntry { PatientId = Patient.ToString(), Level = TriageLevel.RedFlag, Reason = "Reported new saddle numbness" },
                new TriageEntry { PatientId = Guid.NewGuid().ToString(), Level = TriageLevel.OnTrack, Reason = "Adherence 90 %" },
            },
        });

        var result = await _cli.RunAsync("therapist", "triage");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("RED FLAG", result.Out);
        Assert.Contains("Reported new saddle numbness", result.Out);
        Assert.True(result.Out.IndexOf("RED FLAG", StringComparison.Ordinal) < result.Out.IndexOf("on track", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summary_shows_adherence_monitoring_and_alerts()
    {
        Backend.On<GetPatientSummaryRequest, PatientSummary>("ProgressService/GetPatientSummary", _ => new PatientSummary
        {
            PatientId = Patient.ToString(),
            Adherence7Days = 0.8,
            MonitoringDays30 = 12,
            Alerts = { "Pain rose by 3 points after the last session" },
            Pain = { new PainPoint { At = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), Before = 3, After = 6 } },
            Outcomes = { new OutcomeScore { Measure = OutcomeMeasure.OswestryDisabilityIndex, Score = 34, ChangeFromBaseline = -12, MinimalImportantChangeReached = true } },
        });

        var result = await _cli.RunAsync("therapist", "summary", "--patient", Patient.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("80 % over 7 days, — over 28 days", result.Out);
        Assert.Contains("Days with reported data in the last 30: 12, not on track (16 needed)", result.Out);
        Assert.Contains("Alert: Pain rose by 3 points", result.Out);
        Assert.Contains("+3", result.Out);
        Assert.Contains("oswestry-disability-index", result.Out);
        Assert.Contains("-12", result.Out);
    }

    [Fact]
    public async Task Book_review_at_a_local_time_books_that_instant_for_the_caller()
    {
        _cli.Zone = TimeZoneInfo.CreateCustomTimeZone("Test+01", TimeSpan.FromHours(1), "Test+01", "Test+01");
        Backend.On<BookAppointmentRequest, Appointment>("SchedulingService/BookAppointment", request => new Appointment
        {
            AppointmentId = "ap-1", PatientId = request.PatientId, TherapistId = request.TherapistId,
            StartsAt = request.StartsAt, EndsAt = request.EndsAt, Reason = request.Reason, Urgent = request.Urgent,
        });

        var result = await _cli.RunAsync("therapist", "book-review", "--patient", Patient.ToString(), "--at", "2026-12-01 14:30", "--minutes", "45", "--reason", "Flare follow-up", "--urgent");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Backend.Request<BookAppointmentRequest>("SchedulingService/BookAppointment");
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 13, 30, 0, TimeSpan.Zero), request.StartsAt.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 15, 0, TimeSpan.Zero), request.EndsAt.ToDateTimeOffset());
        Assert.Equal(_therapist.ToString(), request.TherapistId);
        Assert.Equal(Patient.ToString(), request.PatientId);
        Assert.True(request.Urgent);
        Assert.True(Guid.TryParse(request.RequestId, out _));
        Assert.Contains("Booked review ap-1 (urgent): 2026-12-01 14:30 to 15:15", result.Out);
    }

    [Fact]
    public async Task Book_review_first_free_books_the_first_slot_offered()
    {
        var slot = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        Backend.On<FindFreeSlotsRequest, FindFreeSlotsResponse>("SchedulingService/FindFreeSlots", _ => new FindFreeSlotsResponse
        {
            Slots = { new TimeSlot { StartsAt = Timestamp.FromDateTimeOffset(slot), EndsAt = Timestamp.FromDateTimeOffset(slot.AddMinutes(30)) } },
        });
        Backend.On<BookAppointmentRequest, Appointment>("SchedulingService/BookAppointment", request => new Appointment { AppointmentId = "ap-2", StartsAt = request.StartsAt, EndsAt = request.EndsAt });

        var result = await _cli.RunAsync("therapist", "book-review", "--patient", Patient.ToString(), "--first-free");

        Assert.True(result.ExitCode == 0, result.ToString());
        var search = Backend.Request<FindFreeSlotsRequest>("SchedulingService/FindFreeSlots");
        Assert.Equal(30, search.DurationMinutes);
        Assert.Equal(_therapist.ToString(), search.TherapistId);
        Assert.Equal(slot, Backend.Request<BookAppointmentRequest>("SchedulingService/BookAppointment").StartsAt.ToDateTimeOffset());
    }

    [Fact]
    public async Task Caseload_and_history_are_tables()
    {
        Backend.On<ListCaseloadRequest, ListCaseloadResponse>("PrescriptionService/ListCaseload", _ => new ListCaseloadResponse
        {
            Patients = { new CaseloadEntry { PatientId = Patient.ToString(), ProgrammeId = Samples.ProgrammeId, Status = ProgrammeStatus.Active, Version = 4, PendingSuggestions = 2 } },
        });
        Backend.On<GetProgrammeHistoryRequest, ProgrammeHistory>("PrescriptionService/GetProgrammeHistory", request => new ProgrammeHistory
        {
            ProgrammeId = request.ProgrammeId,
            Versions =
            {
                new ProgrammeVersionSummary { Version = 1, ChangedBy = "therapist:t-17", Reason = "First programme", Status = ProgrammeStatus.Active },
                new ProgrammeVersionSummary { Version = 2, ChangedBy = "therapist:t-17", Reason = "Load up", Status = ProgrammeStatus.Active, Current = true, Changes = { "Cable trunk extension: 20 kg → 21 kg" } },
            },
        });

        var caseload = await _cli.RunAsync("therapist", "caseload");
        var history = await _cli.RunAsync("therapist", "programme", "history", "--patient", Patient.ToString());

        Assert.True(caseload.ExitCode == 0, caseload.ToString());
        Assert.Contains(Patient.ToString()[..8], caseload.Out);
        Assert.True(history.ExitCode == 0, history.ToString());
        Assert.Contains("20 kg → 21 kg", history.Out);
        Assert.True(history.Out.IndexOf("Load up", StringComparison.Ordinal) < history.Out.IndexOf("First programme", StringComparison.Ordinal));
        Assert.Single(history.Out.Split('\n'), line => line.Contains("(current)"));
    }
}
