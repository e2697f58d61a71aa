using System.Net;

namespace Telehealth.Notification.Delivery;

/// <summary>The system's resolver (hosts file, then DNS), as HttpClient would use it.</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
