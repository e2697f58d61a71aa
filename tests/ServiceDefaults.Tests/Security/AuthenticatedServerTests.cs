using Microsoft.Extensions.Configuration;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Health.V1;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Tests.Probe.V1;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Security;

/// <summary>A gRPC server with the services' authentication: over the wire, as any client meets it.</summary>
public sealed class AuthenticatedServerTests : IAsyncLifetime
{
    private readonly DevelopmentIdentity _identity = DevelopmentIdentity.Create();
    private ProbeServer _server = null!;
    private GrpcChannel _channel = null!;
    private ProbeService.ProbeServiceClient _probe = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(_identity.ServiceEnvironment().Select(
            pair => KeyValuePair.Create(pair.Key.Replace("__", ":"), (string?)pair.Value)))
        {
            ["CallRate:Burst"] = "3",
            ["CallRate:PerSecond"] = "1",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _server = await ProbeServer.StartAsync<GuardedProbeApi>(services => services.AddServiceAuthentication(configuration));
        _channel = GrpcChannel.ForAddress(_server.Address);
        _probe = new ProbeService.ProbeServiceClient(_channel);
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated_but_health_answers_anyone()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => _probe.EchoAsync(new EchoRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal("Not authenticated: the call carries no bearer token.", refused.Status.Detail);

        var health = await new global::Grpc.Health.V1.Health.HealthClient(_channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz", "Not authenticated: the authorization metadata is not a bearer token.")]
    [InlineData("Bearer not-a-jwt", "Not authenticated: the token is not a well-formed JWT.")]
    public async Task A_bad_token_is_unauthenticated_with_a_reason(string authorization, string expected)
    {
        var headers = new Metadata { { "authorization", authorization } };
        var refused = await Assert.ThrowsAsync<RpcException>(() => _probe.EchoAsync(new EchoRequest(), headers).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal(expected, refused.Status.Detail);
    }

    [Fact]
    public async Task Streaming_calls_are_authenticated_too()
    {
        using var call = _probe.Count(new CountRequest { UpTo = 3 });
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        });
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task A_caller_past_its_rate_is_told_to_slow_down_and_others_are_not_affected()
    {
        var busy = As(CallerRole.Patient, Guid.NewGuid());
        for (var i = 0; i < 3; i++)
        {
            await _probe.EchoAsync(new EchoRequest(), busy);
        }
        var limited = await Assert.ThrowsAsync<RpcException>(() => _probe.EchoAsync(new EchoRequest(), busy).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, limited.StatusCode);
        Assert.True(int.Parse(limited.Trailers.GetValue(CallRateLimitInterceptor.RetryAfterTrailer)!) > 0);

        await _probe.EchoAsync(new EchoRequest(), As(CallerRole.Patient, Guid.NewGuid()));
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
        _identity.Dispose();
    }

    private CallOptions As(CallerRole role, Guid subject) =>
        new(headers: new Metadata { { "authorization", "Bearer " + _identity.Issue(role, subject) } });
}
