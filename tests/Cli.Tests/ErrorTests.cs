using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using StatusCode = global::Grpc.Core.StatusCode;

namespace Telehealth.Cli.Tests;

/// <summary>A gRPC status becomes one sentence on stderr and an exit code that means something.</summary>
public sealed class ErrorTests : IAsyncLifetime
{
    private const string Triage = "ProgressService/GetTriage";
    private FakeSystem _system = null!;
    private CliRunner _cli = null!;

    public async Task InitializeAsync()
    {
        _system = await FakeSystem.StartAsync();
        _cli = CliRunner.For(_system, TestTokens.For(CallerRole.Therapist, Guid.NewGuid()));
    }

    public async Task DisposeAsync()
    {
        _cli.Dispose();
        await _system.DisposeAsync();
    }

    [Theory]
    [InlineData(StatusCode.Unauthenticated, "Not authenticated: the token has expired.", 3, "The token is missing, expired or not accepted — get one with `telehealth token` (progress service: Not authenticated: the token has expired).")]
    [InlineData(StatusCode.PermissionDenied, "patient_id: the patient is in another therapist's care.", 3, "Not allowed: patient_id: the patient is in another therapist's care (progress service).")]
    [InlineData(StatusCode.NotFound, "No programme for patient 3f2504e0.", 4, "Not found: No programme for patient 3f2504e0 (progress service).")]
    [InlineData(StatusCode.Aborted, "The programme is at version 5, not 4.", 7, "The record changed meanwhile: The programme is at version 5, not 4; show it again and retry.")]
    [InlineData(StatusCode.FailedPrecondition, "The programme is completed.", 7, "Not possible in the record's current state: The programme is completed.")]
    [InlineData(StatusCode.Internal, "database is locked", 1, "The progress service failed with INTERNAL: database is locked.")]
    public async Task A_status_becomes_a_sentence_and_an_exit_code(StatusCode code, string detail, int exitCode, string sentence)
    {
        _system.Backend.Fail(Triage, new RpcException(new Status(code, detail)));

        var result = await _cli.RunAsync("therapist", "triage");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal($"Error: {sentence}", result.Error.Trim());
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData(CallerRole.Operator, "Triage is for therapists: the token's role is operator.")]
    [InlineData(CallerRole.Patient, "Triage is for therapists: the token's role is patient.")]
    public async Task A_role_the_rpc_is_not_for_is_told_whom_it_is_for(CallerRole role, string sentence)
    {
        using var cli = CliRunner.For(_system, TestTokens.For(role, Guid.NewGuid()));
        _system.Backend.Fail(Triage, new RpcException(new Status(StatusCode.PermissionDenied, "An operator may not do this.")));

        var result = await cli.RunAsync("therapist", "triage");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"Error: {sentence}", result.Error.Trim());
        Assert.DoesNotContain("themself", result.Error);
    }

    [Fact]
    public async Task A_patient_refused_someone_elses_record_gets_the_services_reason()
    {
        using var cli = CliRunner.For(_system, TestTokens.For(CallerRole.Patient, Guid.NewGuid()));
        _system.Backend.Fail("ProgressService/SubmitOutcomeMeasure", new RpcException(new Status(StatusCode.PermissionDenied, "Only the patient may answer their own questionnaire.")));

        var result = await cli.RunAsync("patient", "odi", "--patient", Guid.NewGuid().ToString(), "--pain-intensity", "2");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("Error: Not allowed: Only the patient may answer their own questionnaire (progress service).", result.Error.Trim());
    }

    [Fact]
    public async Task A_refusal_without_a_reason_names_the_role()
    {
        using var cli = CliRunner.For(_system, TestTokens.For(CallerRole.Operator, Guid.NewGuid()));
        _system.Backend.Fail("ProgressService/GetPatientSummary", new RpcException(new Status(StatusCode.PermissionDenied, "")));

        var result = await cli.RunAsync("therapist", "summary", "--patient", Guid.NewGuid().ToString());

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("Error: Not allowed: the progress service refused this to an operator.", result.Error.Trim());
    }

    [Fact]
    public async Task Invalid_argument_lists_every_field_at_fault()
    {
        _system.Backend.Fail("PrescriptionService/AdjustProgramme", RichStatus.InvalidArgument([("items[1].dosage.reps_max", "must be at least reps_min"), ("reason", "is required")]));
        _system.Backend.On<GetActiveProgrammeRequest, Programme>("PrescriptionService/GetActiveProgramme", request => Samples.Programme(Guid.Parse(request.PatientId)));

        var result = await _cli.RunAsync("therapist", "programme", "adjust", "--patient", Guid.NewGuid().ToString(), "--item", "cable", "--reps", "8", "--reason", " ");

        Assert.Equal(5, result.ExitCode);
        Assert.Equal(
            ["Error: The prescription service refused the request:", "  - items[1].dosage.reps_max: must be at least reps_min", "  - reason: is required"],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task With_json_the_error_is_a_json_object_on_stderr()
    {
        _system.Backend.Fail(Triage, RichStatus.InvalidArgument("patient_id", "must be a UUID"));

        var result = await _cli.RunAsync("therapist", "triage", "--json");

        Assert.Equal(5, result.ExitCode);
        var error = result.ErrorJson();
        Assert.Equal(5, error.GetProperty("exitCode").GetInt32());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("status").GetString());
        Assert.Equal("progress", error.GetProperty("service").GetString());
        Assert.Equal(_system.Address.ToString(), error.GetProperty("address").GetString());
        var violation = Assert.Single(error.GetProperty("violations").EnumerateArray());
        Assert.Equal("patient_id", violation.GetProperty("field").GetString());
        Assert.Equal("must be a UUID", violation.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Unavailable_names_the_service_and_its_address()
    {
        var address = $"http://127.0.0.1:{FreePort.Closed()}/";

        var result = await _cli.RunAsync("therapist", "triage", "--progress-url", address);

        Assert.Equal(6, result.ExitCode);
        Assert.StartsWith($"Error: Could not reach the progress service at {address}", result.Error);
        Assert.Contains("Start it with bash scripts/start.sh.", result.Error);
    }

    [Fact]
    public async Task A_slow_service_is_given_up_on_after_the_timeout()
    {
        _system.Backend.Delay(Triage, TimeSpan.FromSeconds(30));

        var result = await _cli.RunAsync("therapist", "triage", "--timeout", "300ms");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains($"The progress service at {_system.Address} did not answer within 300 ms; try again, or allow longer with --timeout.", result.Error);
    }

    [Fact]
    public async Task Rate_limiting_says_when_to_retry()
    {
        var trailers = new Metadata { { "retry-after-ms", "1500" } };
        _system.Backend.Fail(Triage, new RpcException(new Status(StatusCode.ResourceExhausted, "Too many calls"), trailers));

        var result = await _cli.RunAsync("therapist", "triage");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("The progress service is turning calls away for now: Too many calls; retry in 1.5 s.", result.Error);
    }

    [Fact]
    public async Task A_method_the_server_does_not_have_suggests_a_wrong_address()
    {
        var result = await _cli.RunAsync("therapist", "triage");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not offer GetTriage: is that really the progress service", result.Error);
    }
}
