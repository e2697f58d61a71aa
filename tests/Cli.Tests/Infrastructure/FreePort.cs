using System.Net;
using System.Net.Sockets;

namespace Telehealth.Cli.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>A loopback port nothing listens on (bound and released at once), for "could not reach" cases.</summary>
    public static int Closed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
