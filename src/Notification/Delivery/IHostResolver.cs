using System.Net;

namespace Telehealth.Notification.Delivery;

/// <summary>Looks up the addresses of a webhook's host when it connects.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
