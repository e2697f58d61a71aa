using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telehealth.Grpc.Health;

namespace Telehealth.Grpc.Server;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <paramref name="service"/> with <typeparamref name="TService"/>, one endpoint per RPC.
    /// Throws at start-up if an RPC has no matching public method.
    /// </summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder endpoints, ServiceDescriptor service)
        where TService : class
    {
        var provider = endpoints.ServiceProvider;
        var registry = provider.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcServer() before mapping gRPC services.");
        var options = provider.GetRequiredService<IOptions<GrpcServerOptions>>().Value;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Telehealth.Grpc.Server");
        var interceptors = registry.GetInterceptors(provider, options);

        var methods = new List<IEndpointConventionBuilder>();
        foreach (var bound in ServiceBinder.Bind(typeof(TService), service))
        {
            var path = MethodTypes.PathOf(bound.Descriptor);
            var handler = ServerCallHandlerFactory.Create(typeof(TService), bound, options, interceptors, logger, provider);
            methods.Add(endpoints.MapPost(path, handler)
                .WithDisplayName($"gRPC {path}")
                .WithMetadata(new GrpcMethodMetadata(bound.Descriptor)));
        }
        registry.Add(service);
        provider.GetRequiredService<GrpcHealthStatus>().SetStatus(service.FullName, Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        return new GrpcServiceEndpointConventionBuilder(methods);
    }

    /// <summary>grpc.health.v1.Health: Check and Watch for each mapped service and "" for the server.</summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcHealthService(this IEndpointRouteBuilder endpoints)
    {
        // Callers polling health learn of a graceful shutdown before connections close.
        var health = endpoints.ServiceProvider.GetRequiredService<GrpcHealthStatus>();
        endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(health.SetAllNotServing);
        return endpoints.MapGrpcService<HealthService>(Health.V1.HealthReflection.Descriptor.Services[0]);
    }

    /// <summary>Server reflection, grpc.reflection.v1 and v1alpha, so grpcurl and Postman can list and call.</summary>
    public static IEndpointConventionBuilder MapGrpcReflectionService(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGrpcService<Reflection.ReflectionService>(Reflection.V1.ReflectionReflection.Descriptor.Services[0]);
        var v1Alpha = endpoints.MapGrpcService<Reflection.ReflectionServiceV1Alpha>(Reflection.V1Alpha.ReflectionReflection.Descriptor.Services[0]);
        return new GrpcServiceEndpointConventionBuilder([v1, v1Alpha]);
    }
}
