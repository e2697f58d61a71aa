using Microsoft.Extensions.DependencyInjection;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Health;
using Telehealth.Grpc.Health.V1;
using Telehealth.Grpc.Testing;
using ServingStatus = Telehealth.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.Grpc.Tests.Behaviour;

public sealed class HealthTests
{
    private static readonly Method<HealthCheckRequest, HealthCheckResponse> Watch =
        Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("Watch"));

    [Fact]
    public async Task Watch_reports_each_change_and_unknown_services()
    {
        await using var server = await TestServer.StartAsync();
        using var channel = GrpcChannel.ForAddress(server.Address);
        var health = server.Services.GetRequiredService<GrpcHealthStatus>();
        using var call = channel.ServerStreamingCall(Watch, new HealthCheckRequest { Service = "grpc.testing.TestService" }, new CallOptions().WithTimeout(TimeSpan.FromSeconds(10)));

        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.Serving, call.ResponseStream.Current.Status);
        health.SetStatus("grpc.testing.TestService", ServingStatus.NotServing);
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.NotServing, call.ResponseStream.Current.Status);

        using var unknown = channel.ServerStreamingCall(Watch, new HealthCheckRequest { Service = "later.Service" }, new CallOptions().WithTimeout(TimeSpan.FromSeconds(10)));
        Assert.True(await unknown.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.ServiceUnknown, unknown.ResponseStream.Current.Status);
        health.SetStatus("later.Service", ServingStatus.Serving);
        Assert.True(await unknown.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.Serving, unknown.ResponseStream.Current.Status);
    }

    [Fact]
    public async Task Shutting_down_marks_everything_not_serving()
    {
        await using var server = await TestServer.StartAsync();
        using var channel = GrpcChannel.ForAddress(server.Address);
        var health = server.Services.GetRequiredService<GrpcHealthStatus>();
        health.SetAllNotServing();
        var check = Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("Check"));
        Assert.Equal(ServingStatus.NotServing, (await channel.UnaryCall(check, new HealthCheckRequest())).Status);
    }
}
