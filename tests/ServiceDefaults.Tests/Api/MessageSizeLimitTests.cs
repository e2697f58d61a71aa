using Google.Protobuf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telehealth.Grpc;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Interop;
using Telehealth.Grpc.Server;
using Telehealth.Grpc.Testing;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Tests.Api;

public sealed class MessageSizeLimitTests
{
    [Theory]
    [InlineData(null, 256 * 1024)]
    [InlineData("524288", 512 * 1024)]
    public void The_receive_limit_is_256_KiB_unless_configured(string? configured, int expected)
    {
        using var provider = new ServiceCollection().AddGrpcServer().AddGrpcMessageSizeLimit(Configuration(configured)).BuildServiceProvider();

        Assert.Equal(expected, provider.GetRequiredService<IOptions<GrpcServerOptions>>().Value.MaxReceiveMessageSize);
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
        await using var server = await TestServer.StartAsync(configureServices: services => services.AddGrpcMessageSizeLimit(Configuration(null)));
        using var channel = GrpcChannel.ForAddress(server.Address);

        await InteropClient.ExpectStatus(StatusCode.ResourceExhausted, () => channel.UnaryCall(TestServiceMethods.UnaryCall, Request(300 * 1024)).ResponseAsync);
        await channel.UnaryCall(TestServiceMethods.UnaryCall, Request(200 * 1024));
    }

    private static SimpleRequest Request(int payloadBytes) =>
        new() { Payload = new Payload { Body = ByteString.CopyFrom(new byte[payloadBytes]) } };

    private static IConfiguration Configuration(string? maxReceiveMessageSize) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(maxReceiveMessageSize is null ? [] : [KeyValuePair.Create(MessageSizeLimit.ConfigurationKey, (string?)maxReceiveMessageSize)])
            .Build();
}
