using System.Collections.Concurrent;
using System.Net;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Tests.Support;

/// <summary>A resolver that answers from the test's table, and asks the system for any other name, as a DNS server under someone's control would.</summary>
public sealed class TableResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> _table = new(StringComparer.OrdinalIgnoreCase);

    public TableResolver Map(string host, params string[] addresses)
    {
        _table[host] = [.. addresses.Select(IPAddress.Parse)];
        return this;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        _table.TryGetValue(host, out var addresses) ? Task.FromResult(addresses) : Dns.GetHostAddressesAsync(host, cancellationToken);
}
