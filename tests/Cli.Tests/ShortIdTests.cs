using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

/// <summary>Suggestions and patients named by the start of their id, as the tables show them.</summary>
public sealed class ShortIdTests : IAsyncLifetime
{
    private const string Suggestions = "PrescriptionService/ListSuggestions";
    private const string Decide = "PrescriptionService/DecideSuggestion";
    private const string Caseload = "PrescriptionService/ListCaseload";
    private const string Summary = "ProgressService/GetPatientSummary";
    private const string Alice = "a11ce000-0000-4000-8000-00000000000a";
    private const string Albert = "a11cebbb-0000-4000-8000-00000000000b";
    private const string Bob = "b0b00000-0000-4000-8000-00000000000c";
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    private FakeBackend Backend => _system.Backend;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Therapist, Guid.NewGuid()));
        Backend.On<ListCaseloadRequest, ListCaseloadResponse>(Caseload, _ => new ListCaseloadResponse
        {
            Patients =
            {
                new CaseloadEntry { PatientId = Alice, Version = 2, Status = ProgrammeStatus.Active },
                new CaseloadEntry { PatientId = Albert, Version = 1, Status = ProgrammeStatus.Paused },
                new CaseloadEntry { PatientId = Bob, Version = 5, Status = ProgrammeStatus.Active },
            },
        });
        Backend.On<GetPatientSummaryRequest, PatientSummary>(Summary, request => new PatientSummary { PatientId = request.PatientId });
        Backend.On<ListSuggestionsRequest, ListSuggestionsResponse>(Suggestions, _ => new ListSuggestionsResponse
        {
            Suggestions =
            {
                Suggestion("5a660001-0000-4000-8000-000000000001", SuggestionStatus.Pending),
                Suggestion("5a660002-0000-4000-8000-000000000002", SuggestionStatus.Approved),
            },
        });
        Backend.On<DecideSuggestionRequest, DecideSuggestionResponse>(Decide, request => new DecideSuggestionResponse
        {
            Suggestion = new Suggestion { SuggestionId = request.SuggestionId, Status = SuggestionStatus.Rejected, ExerciseName = "Cable trunk extension" },
        });
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Fact]
    public async Task A_patient_is_found_in_the_caseload_by_the_start_of_their_id()
    {
        var result = await _cli.RunAsync("therapist", "summary", "--patient", "b0b0");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Bob, Backend.Request<GetPatientSummaryRequest>(Summary).PatientId);
    }

    [Fact]
    public async Task An_ambiguous_patient_lists_the_patients_it_could_be()
    {
        var result = await _cli.RunAsync("therapist", "summary", "--patient", "A11CE");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'A11CE' is the start of more than one patient in your caseload", result.Error);
        Assert.Contains($"{Alice} (programme version 2, active)", result.Error);
        Assert.Contains($"{Albert} (programme version 1, paused)", result.Error);
        Assert.DoesNotContain(Bob, result.Error);
        Assert.Empty(Backend.Calls(Summary));
    }

    [Theory]
    [InlineData("a1")]
    [InlineData("a1-")]
    [InlineData("a11ce-bob")]
    public async Task A_start_too_short_or_not_hex_is_a_usage_error(string patient)
    {
        var result = await _cli.RunAsync("therapist", "summary", "--patient", patient);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--patient takes an id, a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, or its first digits as tables show them (3f2504e0); at least 4 hex digits, not '{patient}'.", result.Error);
        Assert.Empty(Backend.AllCalls);
    }

    [Fact]
    public async Task An_unknown_patient_start_says_to_give_the_whole_id()
    {
        var result = await _cli.RunAsync("therapist", "summary", "--patient", "ffff");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("Error: No patient in your caseload starts with 'ffff': give the whole id of a patient not in it yet.", result.Error.Trim());
    }

    [Fact]
    public async Task A_whole_patient_id_is_used_without_looking_at_the_caseload()
    {
        var stranger = Guid.NewGuid().ToString();

        var result = await _cli.RunAsync("therapist", "summary", "--patient", stranger);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(stranger, Backend.Request<GetPatientSummaryRequest>(Summary).PatientId);
        Assert.Empty(Backend.Calls(Caseload));
    }

    [Fact]
    public async Task A_patients_own_token_matches_only_their_own_id()
    {
        var self = Guid.Parse("5e1f0000-0000-4000-8000-000000000099");
        using var patient = CliRunner.For(_system, TestTokens.For(CallerRole.Patient, self));
        Backend.On<ListSessionReportsRequest, ListSessionReportsResponse>("ProgressService/ListSessionReports", _ => new ListSessionReportsResponse());

        var own = await patient.RunAsync("patient", "reports", "--patient", "5e1f");
        var other = await patient.RunAsync("patient", "reports", "--patient", "a11c");

        Assert.True(own.ExitCode == 0, own.ToString());
        Assert.Equal(self.ToString(), Backend.Request<ListSessionReportsRequest>("ProgressService/ListSessionReports").PatientId);
        Assert.Equal(4, other.ExitCode);
        Assert.Contains("a patient's token acts only for its own subject", other.Error);
        Assert.Empty(Backend.Calls(Caseload));
    }

    [Fact]
    public async Task Suggestions_show_and_take_short_ids()
    {
        var list = await _cli.RunAsync("therapist", "suggestions", "list", "--all");
        var reject = await _cli.RunAsync("therapist", "suggestions", "reject", "5a660001", "--reason", "Wait for the review");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("5a660001", list.Out);
        Assert.DoesNotContain("5a660001-0000", list.Out);
        Assert.Contains("Patient a11ce000,", list.Out);
        Assert.True(reject.ExitCode == 0, reject.ToString());
        Assert.Equal("5a660001-0000-4000-8000-000000000001", Backend.Request<DecideSuggestionRequest>(Decide).SuggestionId);
        // The lookup sees decided suggestions too, so a start that fits a decided one is not taken for a pending one.
        Assert.False(Backend.Request<ListSuggestionsRequest>(Suggestions).PendingOnly);
    }

    [Fact]
    public async Task A_suggestion_start_that_fits_two_is_refused()
    {
        var result = await _cli.RunAsync("therapist", "suggestions", "approve", "5a66");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'5a66' is the start of more than one suggestion for your caseload", result.Error);
        Assert.Contains("5a660002-0000-4000-8000-000000000002 (progression of Cable trunk extension for patient a11ce000, approved)", result.Error);
        Assert.Empty(Backend.Calls(Decide));
    }

    [Fact]
    public async Task Triage_and_caseload_show_patients_by_the_start_that_commands_take()
    {
        Backend.On<GetTriageRequest, GetTriageResponse>("ProgressService/GetTriage", _ => new GetTriageResponse
        {
            Patients = { new TriageEntry { PatientId = Bob, Level = TriageLevel.Flare, Reason = "Pain rose by 3" } },
        });

        var triage = await _cli.RunAsync("therapist", "triage");
        var caseload = await _cli.RunAsync("therapist", "caseload");

        Assert.Contains("b0b00000", triage.Out);
        Assert.DoesNotContain(Bob, triage.Out);
        Assert.Contains("a11ce000", caseload.Out);
        Assert.Contains("a11cebbb", caseload.Out);
        Assert.DoesNotContain(Albert, caseload.Out);
    }

    private static Suggestion Suggestion(string id, SuggestionStatus status) => new()
    {
        SuggestionId = id,
        PatientId = Alice,
        ExerciseName = "Cable trunk extension",
        Kind = SuggestionKind.Progression,
        Status = status,
        SuggestedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        Current = new Dosage { LoadKg = 20 },
        Proposed = new Dosage { LoadKg = 21 },
    };
}
