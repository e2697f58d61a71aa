using Telehealth.Cli.Tests.Fakes;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests;

/// <summary>Writes carry a fresh request id, and a retry after UNAVAILABLE sends the same one again.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private const string Decide = "PrescriptionService/DecideSuggestion";
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

    [Fact]
    public async Task A_write_that_meets_unavailable_is_retried_with_the_same_request_id()
    {
        _system.Backend.On<DecideSuggestionRequest, DecideSuggestionResponse>(Decide, (request, attempt) => attempt < 3
            ? throw new RpcException(new Status(StatusCode.Unavailable, "restarting"))
            : new DecideSuggestionResponse { Suggestion = new Suggestion { SuggestionId = request.SuggestionId, Status = SuggestionStatus.Approved } });

        var result = await _cli.RunAsync("therapist", "suggestions", "approve", Guid.NewGuid().ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = _system.Backend.Calls(Decide).Select(c => ((DecideSuggestionRequest)c.Request).RequestId).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Single(ids.Distinct());
        Assert.True(Guid.TryParse(ids[0], out _));
    }

    [Fact]
    public async Task Each_command_line_sends_a_fresh_request_id()
    {
        _system.Backend.On<SubmitNextDayPainCheckRequest, SubmitNextDayPainCheckResponse>("ProgressService/SubmitNextDayPainCheck", _ => new SubmitNextDayPainCheckResponse());

        var report = Guid.NewGuid().ToString();
        await _cli.RunAsync("patient", "pain-check", "--pain", "2", "--usual", "2", "--report", report, "--patient", Guid.NewGuid().ToString());
        await _cli.RunAsync("patient", "pain-check", "--pain", "2", "--usual", "2", "--report", report, "--patient", Guid.NewGuid().ToString());

        var ids = _system.Backend.Calls("ProgressService/SubmitNextDayPainCheck").Select(c => ((SubmitNextDayPainCheckRequest)c.Request).CheckId).ToList();
        Assert.Equal(2, ids.Count);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task Retries_give_up_with_the_unavailable_sentence()
    {
        _system.Backend.Fail(Decide, new RpcException(new Status(StatusCode.Unavailable, "restarting")));

        var result = await _cli.RunAsync("therapist", "suggestions", "approve", Guid.NewGuid().ToString());

        Assert.Equal(6, result.ExitCode);
        Assert.Equal(4, _system.Backend.Calls(Decide).Count);
        Assert.Contains("Could not reach the prescription service", result.Error);
    }
}
