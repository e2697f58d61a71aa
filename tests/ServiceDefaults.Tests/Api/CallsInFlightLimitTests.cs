using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Tests.Probe.V1;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Api;

/// <summary>Back-pressure: two echoes held in flight, one more allowed to wait, any further one refused at once.</summary>
public sealed class CallsInFlightLimitTests
{
    // The first byte of an echo's payload that the urgent-call rule of these tests looks for.
    private const byte UrgentMark = 1;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Past_the_calls_in_flight_and_the_queue_a_unary_call_is_refused_with_a_retry_hint_and_the_waiting_one_is_served()
    {
        var gate = new EchoGate();
        await using var server = await StartAsync(gate, limit: 2, queue: 1, retryAfterMilliseconds: 750);
        using var channel = GrpcChannel.ForAddress(server.Address);
        var client = new ProbeService.ProbeServiceClient(channel);

        using var first = client.EchoAsync(new EchoRequest());
        using var second = client.EchoAsync(new EchoRequest());
        await Eventually.TrueAsync(() => Task.FromResult(gate.Entered == 2), "two echoes are in flight", Patience);
        // Which of the next two reaches the limiter first is up to the connection: one waits, the other is refused.
        using var third = client.EchoAsync(new EchoRequest());
        using var fourth = client.EchoAsync(new EchoRequest());
        var answeredFirst = await Task.WhenAny(third.ResponseAsync, fourth.ResponseAsync).WaitAsync(Patience);
        var refused = await Assert.ThrowsAsync<RpcException>(() => answeredFirst);
        var waiting = answeredFirst == third.ResponseAsync ? fourth : third;

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal(CallsInFlightLimit.Refusal, refused.Status.Detail);
        var retry = refused.GetRpcStatus()?.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.Equal(TimeSpan.FromMilliseconds(750), retry.RetryDelay.ToTimeSpan());
        Assert.Equal("750", refused.Trailers.GetValue(CallRateLimitInterceptor.RetryAfterTrailer));
        Assert.Equal(2, gate.Entered);
        Assert.False(waiting.ResponseAsync.IsCompleted, $"the call allowed to wait was answered before a turn came free: {waiting.ResponseAsync.Exception?.InnerException?.Message}");

        gate.Open();
        foreach (var call in new[] { first, second, waiting })
        {
            Assert.NotNull(await call.ResponseAsync.WaitAsync(Patience));
        }
        Assert.Equal(3, gate.Entered);
    }

    [Fact]
    public async Task Streams_and_health_are_served_while_every_turn_is_taken()
    {
        var gate = new EchoGate();
        await using var server = await StartAsync(gate, limit: 1, queue: 0, retryAfterMilliseconds: 200);
        using var channel = GrpcChannel.ForAddress(server.Address);
        var client = new ProbeService.ProbeServiceClient(channel);
        using var held = client.EchoAsync(new EchoRequest());
        await Eventually.TrueAsync(() => Task.FromResult(gate.Entered == 1), "the one turn is taken", Patience);

        var refused = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest()).ResponseAsync.WaitAsync(Patience));
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        using var counted = client.Count(new CountRequest { UpTo = 3 });
        Assert.Equal([1, 2, 3], await counted.ResponseStream.ReadAllAsync().Select(reply => reply.Value).ToListAsync().AsTask().WaitAsync(Patience));
        var health = await new Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new HealthCheckRequest()).ResponseAsync.WaitAsync(Patience);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        gate.Open();
        Assert.NotNull(await held.ResponseAsync.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_call_refused_while_every_turn_is_taken_is_refused_before_its_token_is_checked()
    {
        var gate = new EchoGate();
        using var identity = DevelopmentIdentity.Create();
        var authentication = identity.ServiceEnvironment().ToDictionary(pair => pair.Key.Replace("__", ":"), pair => (string?)pair.Value);
        await using var server = await StartAsync(gate, limit: 1, queue: 0, retryAfterMilliseconds: 200, authentication);
        using var channel = GrpcChannel.ForAddress(server.Address);
        var client = new ProbeService.ProbeServiceClient(channel);
        var valid = new Metadata { { "authorization", "Bearer " + identity.Issue(CallerRole.Patient, Guid.NewGuid()) } };
        var malformed = new Metadata { { "authorization", "Bearer not-a-jwt" } };
        using var held = client.EchoAsync(new EchoRequest(), valid);
        await Eventually.TrueAsync(() => Task.FromResult(gate.Entered == 1), "the one turn is taken", Patience);

        var busy = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest(), malformed).ResponseAsync.WaitAsync(Patience));
        Assert.Equal(StatusCode.ResourceExhausted, busy.StatusCode);

        gate.Open();
        Assert.NotNull(await held.ResponseAsync.WaitAsync(Patience));
        var unauthenticated = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest(), malformed).ResponseAsync.WaitAsync(Patience));
        Assert.Equal(StatusCode.Unauthenticated, unauthenticated.StatusCode);
        Assert.Equal("Not authenticated: the token is not a well-formed JWT.", unauthenticated.Status.Detail);
        Assert.Equal(1, gate.Entered);
    }

    [Fact]
    public async Task An_urgent_call_is_taken_from_turns_of_its_own_while_routine_calls_are_refused()
    {
        var gate = new EchoGate();
        await using var server = await StartAsync(gate, limit: 1, queue: 0, retryAfterMilliseconds: 200, urgent: true);
        using var channel = GrpcChannel.ForAddress(server.Address);
        var client = new ProbeService.ProbeServiceClient(channel);
        using var held = client.EchoAsync(new EchoRequest());
        await Eventually.TrueAsync(() => Task.FromResult(gate.Entered == 1), "the one routine turn is taken", Patience);

        var routine = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(0) }).ResponseAsync.WaitAsync(Patience));
        Assert.Equal(StatusCode.ResourceExhausted, routine.StatusCode);
        // Too large to be read at the door: routine, whatever it says.
        var large = new byte[70 * 1024];
        large[0] = UrgentMark;
        var unread = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(large) }).ResponseAsync.WaitAsync(Patience));
        Assert.Equal(StatusCode.ResourceExhausted, unread.StatusCode);
        using var urgent = client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(UrgentMark, 2, 3) });
        await Eventually.TrueAsync(() => Task.FromResult(gate.Entered == 2), "the urgent echo is let in", Patience);
        var second = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(UrgentMark) }).ResponseAsync.WaitAsync(Patience));
        Assert.Equal(StatusCode.ResourceExhausted, second.StatusCode);

        gate.Open();
        Assert.NotNull(await held.ResponseAsync.WaitAsync(Patience));
        // Read at the door, the request still reached the service whole.
        Assert.Equal(3, (await urgent.ResponseAsync.WaitAsync(Patience)).Length);
        Assert.Equal(2, gate.Entered);
    }

    private static Task<ProbeServer> StartAsync(EchoGate gate, int limit, int queue, int retryAfterMilliseconds, IDictionary<string, string?>? authentication = null, bool urgent = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(authentication ?? new Dictionary<string, string?>()).AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{CallsInFlightSettings.Section}:{nameof(CallsInFlightSettings.Limit)}"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{CallsInFlightSettings.Section}:{nameof(CallsInFlightSettings.Queue)}"] = queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{CallsInFlightSettings.Section}:{nameof(CallsInFlightSettings.RetryAfterMilliseconds)}"] = retryAfterMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{CallsInFlightSettings.Section}:{nameof(CallsInFlightSettings.UrgentLimit)}"] = "1",
            [$"{CallsInFlightSettings.Section}:{nameof(CallsInFlightSettings.UrgentQueue)}"] = "0",
        }).Build();
        Action<IServiceCollection> services = services =>
        {
            services.AddSingleton(gate);
            services.AddCallsInFlightLimit(configuration);
            if (urgent)
            {
                services.AddUrgentCalls<EchoRequest>(ProbeService.Descriptor.FindMethodByName("Echo"), request => request.Payload.Length > 0 && request.Payload[0] == UrgentMark);
            }
            if (authentication is not null)
            {
                services.AddServiceAuthentication(configuration);
            }
        };
        return authentication is null
            ? ProbeServer.StartAsync<HeldProbeApi>(services, app => app.UseCallsInFlightLimit())
            : ProbeServer.StartAsync<GuardedHeldProbeApi>(services, app => app.UseCallsInFlightLimit());
    }
}
