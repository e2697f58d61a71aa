using Microsoft.Extensions.Configuration;
using Telehealth.Grpc;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Health.V1;
using Telehealth.Grpc.Interop;
using Telehealth.Grpc.Testing;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Tests.Security;

/// <summary>A gRPC server with the services' authentication: over the wire, as any client meets it.</summary>
public sealed class AuthenticatedServerTests : IAsyncLifetime
{
    private static readonly Method<HealthCheckRequest, HealthCheckResponse> HealthCheck =
        Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("Check"));

    private readonly DevelopmentIdentity _identity = DevelopmentIdentity.Create();
    private TestServer _server = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(_identity.ServiceEnvironment().Select(
            pair => KeyValuePair.Create(pair.Key.Replace("__", ":"), (string?)pair.Value)))
        {
            ["CallRate:Burst"] = "3",
            ["CallRate:PerSecond"] = "1",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _server = await TestServer.StartAsync(configureServices: services => services.AddServiceAuthentication(configuration));
        _channel = GrpcChannel.ForAddress(_server.Address);
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated_but_health_answers_anyone()
    {
        var refused = await InteropClient.ExpectStatus(StatusCode.Unauthenticated, () => _channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty()).ResponseAsync);
        Assert.Equal("Not authenticated: the call carries no bearer token.", refused.Status.Detail);

        var health = await _channel.UnaryCall(HealthCheck, new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz", "Not authenticated: the authorization metadata is not a bearer token.")]
    [InlineData("Bearer not-a-jwt", "Not authenticated: the token is not a well-formed JWT.")]
    public async Task A_bad_token_is_unauthenticated_with_a_reason(string authorization, string expected)
    {
        var options = new CallOptions { Headers = new Metadata().Add("authorization", authorization) };
        var refused = await InteropClient.ExpectStatus(StatusCode.Unauthenticated, () => _channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty(), options).ResponseAsync);
        Assert.Equal(expected, refused.Status.Detail);
    }

    [Fact]
    public async Task Streaming_calls_are_authenticated_too()
    {
        using var call = _channel.ServerStreamingCall(TestServiceMethods.StreamingOutputCall, new StreamingOutputCallRequest());
        await InteropClient.ExpectStatus(StatusCode.Unauthenticated, async () =>
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        });
    }

    [Fact]
    public async Task A_caller_past_its_rate_is_told_to_slow_down_and_others_are_not_affected()
    {
        var busy = As(CallerRole.Patient, Guid.NewGuid());
        for (var i = 0; i < 3; i++)
        {
            await _channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty(), busy);
        }
        using var limited = _channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty(), busy);
        await InteropClient.ExpectStatus(StatusCode.ResourceExhausted, () => limited.ResponseAsync);
        Assert.True(int.Parse(limited.GetTrailers().GetValue(CallRateLimitInterceptor.RetryAfterTrailer)!) > 0);

        await _channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty(), As(CallerRole.Patient, Guid.NewGuid()));
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
        _identity.Dispose();
    }

    private CallOptions As(CallerRole role, Guid subject) =>
        new() { Headers = new Metadata().Add("authorization", "Bearer " + _identity.Issue(role, subject)) };
}
