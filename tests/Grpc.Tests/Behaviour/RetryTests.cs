using System.Net;
using System.Net.Sockets;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Tests.Probe;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Behaviour;

public sealed class RetryTests
{
    private static readonly RetryPolicy Quick = new() { MaxAttempts = 4, InitialBackoff = TimeSpan.FromMilliseconds(10) };

    [Fact]
    public async Task Idempotent_calls_are_retried_on_unavailable()
    {
        await using var probe = await ProbeServer.StartAsync(channelOptions: new GrpcChannelOptions { RetryPolicy = Quick });
        probe.State.FailuresBeforeSuccess = 2;
        await probe.Channel.UnaryCall(ProbeMethods.Flaky.AsIdempotent(), new Nothing());
        Assert.Equal(3, probe.State.FlakyCalls);
    }

    [Fact]
    public async Task Other_calls_that_reached_the_server_are_not_sent_twice()
    {
        await using var probe = await ProbeServer.StartAsync(channelOptions: new GrpcChannelOptions { RetryPolicy = Quick });
        probe.State.FailuresBeforeSuccess = 2;
        await InteropClient.ExpectStatus(StatusCode.Unavailable, () => probe.Channel.UnaryCall(ProbeMethods.Flaky, new Nothing()).ResponseAsync);
        Assert.Equal(1, probe.State.FlakyCalls);
    }

    [Fact]
    public async Task Retries_stop_after_the_policy_s_attempts()
    {
        await using var probe = await ProbeServer.StartAsync(channelOptions: new GrpcChannelOptions { RetryPolicy = Quick });
        probe.State.FailuresBeforeSuccess = 100;
        await InteropClient.ExpectStatus(StatusCode.Unavailable, () => probe.Channel.UnaryCall(ProbeMethods.Flaky.AsIdempotent(), new Nothing()).ResponseAsync);
        Assert.Equal(4, probe.State.FlakyCalls);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_unavailable()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{UnusedPort()}", new GrpcChannelOptions { RetryPolicy = Quick });
        var error = await InteropClient.ExpectStatus(StatusCode.Unavailable, () => channel.UnaryCall(ProbeMethods.Info, new Nothing()).ResponseAsync);
        Assert.Contains("127.0.0.1", error.Status.Detail);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
