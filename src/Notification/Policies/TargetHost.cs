using System.Net;

namespace Telehealth.Notification.Policies;

/// <summary>
/// A host as the HTTP client will dial it: the URL's IDNA (ASCII) form, lower case, without the
/// brackets of an IPv6 literal or a trailing dot. Checking any other spelling would check a
/// different host from the one connected to ("127。0。0。1" is dialled as 127.0.0.1).
/// </summary>
public static class TargetHost
{
    public static string Of(Uri url) => Normalise(url.IdnHost);

    public static string Normalise(string host)
    {
        var plain = host.Trim();
        if (plain.StartsWith('[') && plain.EndsWith(']'))
        {
            plain = plain[1..^1];
        }
        return plain.TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>
    /// An IP address in any spelling a resolver accepts: dotted, decimal, octal, hex or shortened
    /// IPv4 ("2130706433", "0x7f.1") as well as IPv6 (with a zone, "fe80::1%eth0").
    /// </summary>
    public static bool TryParseAddress(string host, out IPAddress address)
    {
        var plain = Normalise(host);
        // A zone written in a URL is percent-encoded ("%25eth0").
        var zone = plain.IndexOf('%', StringComparison.Ordinal);
        if (zone >= 0 && plain.IndexOf(':', StringComparison.Ordinal) >= 0)
        {
            plain = plain[..zone];
        }
        return IPAddress.TryParse(plain, out address!);
    }

    /// <summary>
    /// Whether the last label is a number: no top-level domain is, so the name is an address in
    /// disguise (a spelling the URL parser left alone) or nothing at all.
    /// </summary>
    public static bool EndsInNumber(string host)
    {
        var last = host[(host.LastIndexOf('.') + 1)..];
        return last.Length > 0
            && (last.All(char.IsAsciiDigit)
                || (last.StartsWith("0x", StringComparison.Ordinal) && last[2..].All(char.IsAsciiHexDigit)));
    }

    public static bool IsAsciiName(string host) =>
        host.Length > 0 && host.All(char.IsAscii) && Uri.CheckHostName(host) == UriHostNameType.Dns;
}
