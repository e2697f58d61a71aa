using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Telehealth.Grpc.Health.V1;
using ServingStatus = Telehealth.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.Grpc.Health;

/// <summary>
/// The serving status of each service ("" is the server as a whole), as grpc.health.v1 reports it.
/// Watchers see the current status first, then every change.
/// </summary>
public sealed class GrpcHealthStatus
{
    public const string Server = "";

    private readonly Dictionary<string, ServingStatus> _statuses = new() { [Server] = ServingStatus.Serving };
    private readonly Dictionary<string, List<Channel<ServingStatus>>> _watchers = [];
    private readonly Lock _lock = new();

    public void SetStatus(string service, ServingStatus status)
    {
        lock (_lock)
        {
            if (_statuses.TryGetValue(service, out var current) && current == status)
            {
                return;
            }
            _statuses[service] = status;
            Notify(service, status);
        }
    }

    /// <summary>Marks the server and every service NOT_SERVING, as a graceful shutdown begins.</summary>
    public void SetAllNotServing()
    {
        lock (_lock)
        {
            foreach (var service in _statuses.Keys.ToArray())
            {
                _statuses[service] = ServingStatus.NotServing;
                Notify(service, ServingStatus.NotServing);
            }
        }
    }

    public bool TryGetStatus(string service, out ServingStatus status)
    {
        lock (_lock)
        {
            return _statuses.TryGetValue(service, out status);
        }
    }

    /// <summary>The current status (SERVICE_UNKNOWN for a service not known yet), then each change, until cancelled.</summary>
    public async IAsyncEnumerable<ServingStatus> WatchAsync(string service, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only the latest status matters to a watcher that falls behind.
        var channel = Channel.CreateBounded<ServingStatus>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            channel.Writer.TryWrite(_statuses.TryGetValue(service, out var current) ? current : ServingStatus.ServiceUnknown);
            if (!_watchers.TryGetValue(service, out var list))
            {
                _watchers[service] = list = [];
            }
            list.Add(channel);
        }
        try
        {
            await foreach (var status in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return status;
            }
        }
        finally
        {
            lock (_lock)
            {
                _watchers[service].Remove(channel);
            }
        }
    }

    private void Notify(string service, ServingStatus status)
    {
        if (_watchers.TryGetValue(service, out var list))
        {
            foreach (var channel in list)
            {
                channel.Writer.TryWrite(status);
            }
        }
    }
}
