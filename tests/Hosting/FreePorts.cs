using System.Net;
using System.Net.Sockets;

namespace Telehealth.Testing.Hosting;

/// <summary>Loopback ports nobody is listening on, outside the range the kernel hands out to clients.</summary>
public static class FreePorts
{
    // Below the kernel's ephemeral range: a port the kernel chose for a listener is handed out
    // again as the local port of outgoing connections, so a service restarted on "its" port (as
    // the fault test does after kill -9) could find it taken by some client's connection.
    private static readonly int EphemeralLow = ReadEphemeralLow();

    public static int Next()
    {
        while (true)
        {
            var port = Random.Shared.Next(20000, EphemeralLow);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }
    }

    private static int ReadEphemeralLow()
    {
        const string Range = "/proc/sys/net/ipv4/ip_local_port_range";
        var low = File.Exists(Range) && int.TryParse(File.ReadAllText(Range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var first) ? first : 32768;
        return Math.Max(low, 21000);
    }

    /// <summary>True once something accepts connections on the port.</summary>
    public static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
