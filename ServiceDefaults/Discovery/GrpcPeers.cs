using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Telehealth.Grpc.Client;

namespace Telehealth.ServiceDefaults.Discovery;

/// <summary>
/// Channels to the other services, found the way Aspire's service discovery finds them:
/// services:{name}:grpc:0 (the environment's services__{name}__grpc__0). One channel, and so one
/// connection pool, per peer for the life of the service.
/// </summary>
public sealed class GrpcPeers(IConfiguration configuration) : IDisposable
{
    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new(StringComparer.OrdinalIgnoreCase);

    public GrpcChannel For(string service) => _channels.GetOrAdd(service, name => GrpcChannel.ForAddress(AddressOf(name)));

    public Uri AddressOf(string service)
    {
        var address = configuration[$"services:{service}:grpc:0"];
        if (string.IsNullOrWhiteSpace(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"No gRPC endpoint configured for '{service}': set services__{service}__grpc__0.");
        }
        return uri;
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}
