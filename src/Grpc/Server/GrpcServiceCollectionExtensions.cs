using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Telehealth.Grpc.Health;

namespace Telehealth.Grpc.Server;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>The gRPC server: options, the registry of mapped services and the health status they share.</summary>
    public static IServiceCollection AddGrpcServer(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
    {
        services.AddRouting();
        services.AddOptions<GrpcServerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }
        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Hosting.IStartupFilter, UnimplementedCallStartupFilter>());
        services.TryAddSingleton<GrpcHealthStatus>();
        services.TryAddSingleton<HealthService>();
        services.TryAddSingleton<Reflection.ReflectionService>();
        services.TryAddSingleton<Reflection.ReflectionServiceV1Alpha>();
        return services;
    }
}
