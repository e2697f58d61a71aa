using Google.Protobuf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Grpc.Core;
using Grpc.AspNetCore.Server;
using Grpc.Net.Client;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Tests.Probe.V1;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Api;

public sealed class MessageSizeLimitTests
{
    [Theory]
    [InlineData(null, 256 * 1024)]
    [InlineData("524288", 512 * 1024)]
    public void The_receive_limit_is_256_KiB_unless_configured(string? configured, int expected)
    {
        using var provider = new ServiceCollection().AddGrpc().Services.AddGrpcMessageSizeLimit(Configuration(configured)).BuildServiceProvider();

        Assert.Equal(expected, provider.GetRequiredService<IOptions<GrpcServiceOptions>>().Value.MaxReceiveMessageSize);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("256k")]
    public void A_limit_that_is_not_a_positive_number_of_bytes_stops_the_service(string configured)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddGrpcMessageSizeLimit(Configuration(configured)));

        Assert.Contains(MessageSizeLimit.ConfigurationKey, refused.Message);
    }

    [Fact]
    public async Task A_request_over_the_limit_is_resource_exhausted_and_one_under_it_is_served()
    {
        await using var server = await ProbeServer.StartAsync<ProbeApi>(services => services.AddGrpcMessageSizeLimit(Configuration(null)));
        using var channel = GrpcChannel.ForAddress(server.Address);
        var probe = new ProbeService.ProbeServiceClient(channel);

        var refused = await Assert.ThrowsAsync<RpcException>(() => probe.EchoAsync(Request(300 * 1024)).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal(200 * 1024, (await probe.EchoAsync(Request(200 * 1024))).Length);
    }

    private static EchoRequest Request(int payloadBytes) =>
        new() { Payload = ByteString.CopyFrom(new byte[payloadBytes]) };

    private static IConfiguration Configuration(string? maxReceiveMessageSize) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(maxReceiveMessageSize is null ? [] : [KeyValuePair.Create(MessageSizeLimit.ConfigurationKey, (string?)maxReceiveMessageSize)])
            .Build();
}
