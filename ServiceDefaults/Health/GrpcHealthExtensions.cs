using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

namespace Telehealth.ServiceDefaults.Health;

public static class GrpcHealthExtensions
{
    /// <summary>
    /// grpc.health.v1 answers for each served gRPC service by name (as a load balancer or the
    /// command line asks), serving only while the readiness checks pass, like the server as a whole.
    /// </summary>
    public static IServiceCollection AddGrpcHealthFor(this IServiceCollection services, params ProtoServiceDescriptor[] served) =>
        services.Configure<GrpcHealthChecksOptions>(options =>
        {
            foreach (var service in served)
            {
                options.Services.Map(service.FullName, result => HealthTags.IsReadiness(result.Tags));
            }
        });
}
