using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Tests.Probe.V1;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Api;

/// <summary>Bodies that are not a valid message of the request type, sent as raw bytes past the typed serializer.</summary>
public sealed class UnreadableRequestTests
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(static (byte[] bytes) => bytes, static bytes => bytes);

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        // EchoRequest.payload (field 1, length-delimited) claiming 5 bytes with 1 after it.
        { "cut short", [0x0A, 0x05, 0x01] },
        // CountRequest.up_to-shaped varint that never ends.
        { "endless varint", [0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01] },
        { "tag zero", [0x00, 0x01] },
        // 150 groups (field 1, start-group) opened inside each other: past the parser's limit of 100.
        { "groups nested past the recursion limit", [.. Enumerable.Repeat((byte)0x0B, 150)] },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task A_unary_request_that_cannot_be_parsed_is_invalid_argument_not_unknown(string what, byte[] body)
    {
        await using var server = await ProbeServer.StartAsync<ProbeApi>(services => services.AddUnreadableRequestRefusal());
        using var channel = GrpcChannel.ForAddress(server.Address);

        var refused = await Assert.ThrowsAsync<RpcException>(() => channel.CreateCallInvoker().AsyncUnaryCall(Method(MethodType.Unary, "Echo"), null, default, body).ResponseAsync);

        Assert.True(refused.StatusCode == StatusCode.InvalidArgument, $"{what}: {refused.Status}");
        Assert.Equal(UnreadableRequests.Detail, refused.Status.Detail);
    }

    [Fact]
    public async Task A_streaming_request_that_cannot_be_parsed_is_invalid_argument_and_a_readable_one_is_served()
    {
        await using var server = await ProbeServer.StartAsync<ProbeApi>(services => services.AddUnreadableRequestRefusal());
        using var channel = GrpcChannel.ForAddress(server.Address);

        using var broken = channel.CreateCallInvoker().AsyncServerStreamingCall(Method(MethodType.ServerStreaming, "Count"), null, default, [0x08]);
        var refused = await Assert.ThrowsAsync<RpcException>(() => broken.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);

        var counted = new ProbeService.ProbeServiceClient(channel).Count(new CountRequest { UpTo = 3 });
        Assert.Equal([1, 2, 3], await counted.ResponseStream.ReadAllAsync().Select(reply => reply.Value).ToListAsync());
    }

    [Fact]
    public async Task Services_bound_this_way_keep_their_authorization_and_health_stays_open()
    {
        var identity = DevelopmentIdentity.Create();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(identity.ServiceEnvironment().Select(
            pair => KeyValuePair.Create(pair.Key.Replace("__", ":"), (string?)pair.Value))).Build();
        await using var server = await ProbeServer.StartAsync<GuardedProbeApi>(services => services.AddServiceAuthentication(configuration).AddUnreadableRequestRefusal());
        using var channel = GrpcChannel.ForAddress(server.Address);

        var refused = await Assert.ThrowsAsync<RpcException>(() => new ProbeService.ProbeServiceClient(channel).EchoAsync(new EchoRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        var health = await new global::Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    private static Method<byte[], byte[]> Method(MethodType type, string name) =>
        new(type, ProbeService.Descriptor.FullName, name, Raw, Raw);
}
