using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Tests.Probe;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Behaviour;

/// <summary>The client turns HTTP answers that are not gRPC into the statuses gRPC prescribes.</summary>
public sealed class NonGrpcResponseTests
{
    [Theory]
    [InlineData(404, StatusCode.Unimplemented)]
    [InlineData(503, StatusCode.Unavailable)]
    [InlineData(401, StatusCode.Unauthenticated)]
    [InlineData(500, StatusCode.Unknown)]
    public async Task Http_errors_map_to_statuses(int httpStatus, StatusCode expected)
    {
        await using var server = await TestServer.StartAsync(map: app => app.MapPost("/probe.v1.ProbeService/Info", (HttpContext context) =>
        {
            context.Response.StatusCode = httpStatus;
            return Task.CompletedTask;
        }));
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { RetryPolicy = new RetryPolicy { MaxAttempts = 1 } });
        await InteropClient.ExpectStatus(expected, () => channel.UnaryCall(ProbeMethods.Info, new Nothing()).ResponseAsync);
    }

    [Fact]
    public async Task A_200_that_is_not_grpc_is_unknown()
    {
        await using var server = await TestServer.StartAsync(map: app => app.MapPost("/probe.v1.ProbeService/Info", () => "hello"));
        using var channel = GrpcChannel.ForAddress(server.Address);
        var error = await InteropClient.ExpectStatus(StatusCode.Unknown, () => channel.UnaryCall(ProbeMethods.Info, new Nothing()).ResponseAsync);
        Assert.Contains("Content-Type", error.Status.Detail);
    }
}
