using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Telehealth.Grpc.Server;
using Telehealth.Grpc.Tests.Probe;

namespace Telehealth.Grpc.Tests.Behaviour;

/// <summary>A service that does not implement its descriptor refuses to start.</summary>
public sealed class BindingTests
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor TwoMethods = ProbeReflection.Descriptor.Services[1];

    [Fact]
    public void An_unbound_rpc_stops_start_up_and_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Map<OnlyOne>());
        Assert.Contains("probe.v1.TwoMethodService", error.Message);
        Assert.Contains("Two: no public method", error.Message);
    }

    [Fact]
    public void A_method_of_the_wrong_shape_stops_start_up_and_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Map<WrongShape>());
        Assert.Contains("Two: wrong shape, expected Task<Nothing> Two(Nothing, ServerCallContext)", error.Message);
    }

    [Fact]
    public void A_complete_service_binds() => Map<Complete>();

    private static void Map<TService>()
        where TService : class
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpcServer();
        using var app = builder.Build();
        app.MapGrpcService<TService>(TwoMethods);
    }

    private sealed class OnlyOne
    {
        public Task<Nothing> One(Nothing request, ServerCallContext context) => Task.FromResult(request);
    }

    private sealed class WrongShape
    {
        public Task<Nothing> One(Nothing request, ServerCallContext context) => Task.FromResult(request);

        public Nothing Two(Nothing request) => request;
    }

    private sealed class Complete
    {
        public Task<Nothing> One(Nothing request, ServerCallContext context) => Task.FromResult(request);

        public Task<Nothing> Two(Nothing request, ServerCallContext context) => Task.FromResult(request);
    }
}
