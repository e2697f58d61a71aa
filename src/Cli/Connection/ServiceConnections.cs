using Telehealth.Grpc;
using Telehealth.Grpc.Client;

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
            var channel = GrpcChannel.ForAddress(settings.GrpcAddress(service), new GrpcChannelOptions
            {
                RetryPolicy = retry,
                DefaultHeaders = () => new Metadata().Add("authorization", authorization),
            });
            _open[service] = connection = new ServiceConnection(service, channel, settings.Timeout);
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
