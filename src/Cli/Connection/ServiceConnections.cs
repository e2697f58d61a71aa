using Grpc.Core.Interceptors;
using Grpc.Net.Client.Configuration;

namespace Telehealth.Cli.Connection;

/// <summary>The channels one command line opens, at most one per service, closed when it ends.</summary>
internal sealed class ServiceConnections(ConnectionSettings settings, RetryPolicy retry) : IDisposable
{
    private readonly Dictionary<ServiceName, ServiceConnection> _open = [];

    public ConnectionSettings Settings => settings;

    /// <summary>The service's connection, carrying the bearer token (a missing token fails here, before any call).</summary>
    public ServiceConnection For(ServiceName service)
    {
        if (!_open.TryGetValue(service, out var connection))
        {
            var authorization = "Bearer " + settings.RequireToken();
            var address = settings.GrpcAddress(service);
            var channel = ServiceChannels.Open(address, retry);
            var invoker = channel.Intercept(metadata =>
            {
                metadata.Add("authorization", authorization);
                return metadata;
            });
            _open[service] = connection = new ServiceConnection(service, address, channel, invoker, settings.Timeout);
        }
        return connection;
    }

    public void Dispose()
    {
        foreach (var connection in _open.Values)
        {
            connection.Dispose();
        }
        _open.Clear();
    }
}
