using System.Globalization;
using System.Net;

namespace Telehealth.Notification.Policies;

/// <summary>
/// One entry of Notification:Webhook:AllowedPrivateTargets: a clinic's own gateway, which may sit
/// on a private address or an internal name. A host name ("sms-gateway.clinic.lan"), an address
/// ("10.20.0.5", "fd00::5") or a CIDR range ("10.20.0.0/24"); a name or an address may carry a
/// port ("sms-gateway.clinic.lan:8443", "[fd00::5]:8443"), and then only that port is allowed.
/// </summary>
public sealed record AllowedTarget(string? Host, IPNetwork? Range, int? Port)
{
    public static bool TryParse(string text, out AllowedTarget target)
    {
        target = null!;
        var entry = text.Trim().ToLowerInvariant();
        if (entry.Contains('/', StringComparison.Ordinal))
        {
            // "10.20.0.5/24" would read as a host but mean a range: only a range's first address is accepted.
            if (!IPNetwork.TryParse(entry, out var range)
                || !IPAddress.TryParse(entry[..entry.IndexOf('/', StringComparison.Ordinal)], out var written)
                || !range.BaseAddress.Equals(written))
            {
                return false;
            }
            target = new AllowedTarget(null, range, null);
            return true;
        }
        if (!TrySplitPort(entry, out var host, out var port))
        {
            return false;
        }
        if (IsStrictAddress(host, out var address))
        {
            target = new AllowedTarget(null, new IPNetwork(address, address.GetAddressBytes().Length * 8), port);
            return true;
        }
        host = TargetHost.Normalise(host);
        if (!TargetHost.IsAsciiName(host) || TargetHost.EndsInNumber(host))
        {
            return false;
        }
        target = new AllowedTarget(host, null, port);
        return true;
    }

    /// <summary>The URL's host, by name: a named gateway is trusted to whatever its name resolves to.</summary>
    public bool Covers(string host, int port) =>
        Host is not null && Host == TargetHost.Normalise(host) && PortMatches(port);

    public bool Covers(IPAddress address, int port) =>
        Range is { } range && range.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) && PortMatches(port);

    private bool PortMatches(int port) => Port is null || Port == port;

    // "host", "host:port", "1.2.3.4:port", "[v6]", "[v6]:port", or a bare IPv6 address (no port).
    private static bool TrySplitPort(string entry, out string host, out int? port)
    {
        host = entry;
        port = null;
        string? portText = null;
        if (entry.StartsWith('['))
        {
            var close = entry.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }
            host = entry[1..close];
            var rest = entry[(close + 1)..];
            if (rest.Length > 0)
            {
                if (!rest.StartsWith(':'))
                {
                    return false;
                }
                portText = rest[1..];
            }
        }
        else if (entry.Count(c => c == ':') == 1)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            host = entry[..colon];
            portText = entry[(colon + 1)..];
        }
        if (portText is not null)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                return false;
            }
            port = number;
        }
        return host.Length > 0;
    }

    // Configuration is read by people: an IPv4 entry is four decimal parts, not a spelling such as "10" or "0xa.1".
    private static bool IsStrictAddress(string host, out IPAddress address)
    {
        if (!IPAddress.TryParse(host, out address!))
        {
            return false;
        }
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return true;
        }
        var parts = host.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit));
    }
}
