using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.Extensions.DependencyInjection;

namespace Telehealth.Grpc.Server;

/// <summary>The services this server has mapped: what reflection lists and unimplemented calls are told about.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly List<ServiceDescriptor> _services = [];
    private IReadOnlyList<ServerInterceptor>? _interceptors;

    public IReadOnlyList<ServiceDescriptor> Services
    {
        get
        {
            lock (_services)
            {
                return _services.ToArray();
            }
        }
    }

    public bool Contains(string serviceName)
    {
        lock (_services)
        {
            return _services.Any(s => s.FullName == serviceName);
        }
    }

    internal void Add(ServiceDescriptor service)
    {
        lock (_services)
        {
            if (_services.Any(s => s.FullName == service.FullName))
            {
                throw new InvalidOperationException($"{service.FullName} is mapped twice.");
            }
            _services.Add(service);
        }
    }

    internal IReadOnlyList<ServerInterceptor> GetInterceptors(IServiceProvider services, GrpcServerOptions options) =>
        _interceptors ??= options.Interceptors
            .Select(type => (ServerInterceptor)ActivatorUtilities.GetServiceOrCreateInstance(services, type))
            .ToArray();
}
