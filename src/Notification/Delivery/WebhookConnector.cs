using System.Net;
using System.Net.Sockets;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Delivery;

/// <summary>
/// Opens the webhook client's connections (SocketsHttpHandler.ConnectCallback). It resolves the
/// host itself, keeps only the addresses the target policy allows, and connects the socket to one
/// of those, so what was checked is what is reached: a name that resolved to a public address when
/// the recipient saved it and to 127.0.0.1 now (DNS rebinding) reaches nothing. TLS still runs
/// over the stream against the URL's host name.
/// </summary>
public sealed class WebhookConnector(WebhookTargetPolicy policy, IHostResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = TargetHost.TryParseAddress(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        var allowed = addresses.Where(address => policy.MayConnect(host, port, address)).ToList();
        if (allowed.Count == 0)
        {
            throw new NonPublicTargetException();
        }

        SocketException? lastFailure = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException failure)
            {
                socket.Dispose();
                lastFailure = failure;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw lastFailure!;
    }
}
