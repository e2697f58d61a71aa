using Microsoft.AspNetCore.Builder;

namespace Telehealth.Grpc.Server;

/// <summary>Applies conventions (authorization, metadata) to every method endpoint of a mapped service.</summary>
public sealed class GrpcServiceEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> methods) : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var method in methods)
        {
            method.Add(convention);
        }
    }
}
