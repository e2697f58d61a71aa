using Telehealth.Grpc.Client;
using Telehealth.Grpc.Tests.Loopback;
using Telehealth.Grpc.Tests.Probe;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Behaviour;

/// <summary>Deadlines, cancellation, errors and per-call context, observed on both ends.</summary>
public sealed class CallLifecycleTests
{
    [Fact]
    public async Task A_client_cancel_reaches_the_handler_as_a_cancelled_token()
    {
        await using var probe = await ProbeServer.StartAsync();
        using var cancellation = new CancellationTokenSource();
        var call = probe.Channel.UnaryCall(ProbeMethods.Wait, new WaitRequest(), new CallOptions { CancellationToken = cancellation.Token });
        // Cancelling before the request reaches the server would test nothing on the server side.
        await probe.State.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cancellation.Cancel();

        await InteropClient.ExpectStatus(StatusCode.Cancelled, () => call.ResponseAsync);
        Assert.True(await probe.State.WaitEnded.Task.WaitAsync(TimeSpan.FromSeconds(10)), "the handler's token was not cancelled");
    }

    [Fact]
    public async Task A_deadline_ends_the_call_and_cancels_the_handler()
    {
        await using var probe = await ProbeServer.StartAsync();
        var call = probe.Channel.UnaryCall(ProbeMethods.Wait, new WaitRequest(), new CallOptions().WithTimeout(TimeSpan.FromMilliseconds(200)));

        await InteropClient.ExpectStatus(StatusCode.DeadlineExceeded, () => call.ResponseAsync);
        Assert.True(await probe.State.WaitEnded.Task.WaitAsync(TimeSpan.FromSeconds(10)), "the handler's token was not cancelled");
    }

    [Fact]
    public async Task The_server_enforces_grpc_timeout_even_when_the_client_does_not()
    {
        await using var probe = await ProbeServer.StartAsync();
        var body = RawGrpcRequest.Frame(0, 0, []);
        var response = await RawGrpcRequest.SendAsync(probe.Server.Address, "/probe.v1.ProbeService/Wait", body,
            request => request.Headers.Add("grpc-timeout", "100m"));
        Assert.Equal("4", response.GrpcStatus);
    }

    [Fact]
    public async Task A_deadline_already_past_fails_without_sending()
    {
        await using var probe = await ProbeServer.StartAsync();
        var call = probe.Channel.UnaryCall(ProbeMethods.Info, new Nothing(), new CallOptions { Deadline = DateTime.UtcNow.AddSeconds(-1) });
        await InteropClient.ExpectStatus(StatusCode.DeadlineExceeded, () => call.ResponseAsync);
    }

    [Fact]
    public async Task Handler_exceptions_are_unknown_and_leak_nothing()
    {
        await using var probe = await ProbeServer.StartAsync();
        var error = await InteropClient.ExpectStatus(StatusCode.Unknown,
            () => probe.Channel.UnaryCall(ProbeMethods.Fail, new FailRequest { Kind = "exception" }).ResponseAsync);
        Assert.Equal("Exception was thrown by handler.", error.Status.Detail);
        Assert.DoesNotContain("Jane", error.ToString());
    }

    [Fact]
    public async Task Rich_errors_carry_bad_request_field_violations()
    {
        await using var probe = await ProbeServer.StartAsync();
        var error = await InteropClient.ExpectStatus(StatusCode.InvalidArgument,
            () => probe.Channel.UnaryCall(ProbeMethods.Fail, new FailRequest { Kind = "bad_request" }).ResponseAsync);
        var badRequest = error.GetDetail<Google.Rpc.BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(["pain_after", "exercise_id"], badRequest.FieldViolations.Select(v => v.Field));
        Assert.Contains("pain_after", error.Status.Detail);
        Assert.Equal((int)StatusCode.InvalidArgument, error.GetRichStatus()!.Code);
    }

    [Fact]
    public async Task The_handler_sees_peer_method_metadata_and_deadline()
    {
        await using var probe = await ProbeServer.StartAsync();
        var options = new CallOptions { Headers = new Metadata().Add("x-request-id", "42").Add("x-blob-bin", [1, 2]) }.WithTimeout(TimeSpan.FromSeconds(30));
        var info = await probe.Channel.UnaryCall(ProbeMethods.Info, new Nothing(), options);
        Assert.StartsWith("ipv4:127.0.0.1:", info.Peer);
        Assert.Equal("/probe.v1.ProbeService/Info", info.Method);
        Assert.True(info.HasDeadline);
        Assert.Contains("x-request-id", info.HeaderKeys);
        Assert.Contains("x-blob-bin", info.HeaderKeys);
        Assert.DoesNotContain("grpc-timeout", info.HeaderKeys);
        Assert.DoesNotContain("content-type", info.HeaderKeys);
    }

    [Fact]
    public async Task The_receive_limit_is_configurable_on_both_ends()
    {
        await using var probe = await ProbeServer.StartAsync(options => options.MaxReceiveMessageSize = 16);
        await InteropClient.ExpectStatus(StatusCode.ResourceExhausted,
            () => probe.Channel.UnaryCall(ProbeMethods.Fail, new FailRequest { Kind = new string('x', 100) }).ResponseAsync);
        await probe.Channel.UnaryCall(ProbeMethods.Fail, new FailRequest { Kind = "none" });

        await using var server = await TestServer.StartAsync();
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 1000 });
        await InteropClient.ExpectStatus(StatusCode.ResourceExhausted,
            () => channel.UnaryCall(TestServiceMethods.UnaryCall, new Interop.SimpleRequest { ResponseSize = 2000 }).ResponseAsync);
        await channel.UnaryCall(TestServiceMethods.UnaryCall, new Interop.SimpleRequest { ResponseSize = 500 });
    }
}
