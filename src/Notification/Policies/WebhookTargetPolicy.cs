using System.Net;

namespace Telehealth.Notification.Policies;

/// <summary>
/// Where a webhook may go. A recipient chooses the URL, and the service posts to it from inside
/// the clinic's network, so without these rules a patient could aim the service at its own
/// network: loopback, private, link-local (a cloud's metadata service), carrier-grade NAT,
/// multicast and every other address that is not public (see <see cref="NetworkAddresses"/>),
/// names that only mean something inside a network (localhost, *.localhost, single labels, the
/// internal suffixes), and names whose last label is a number (addresses in disguise). A clinic's
/// own gateway on such an address or name is allowed by listing it (<see cref="AllowedTarget"/>).
/// The URL is checked when preferences are saved, and every address its host resolves to is
/// checked again when a webhook connects (<see cref="MayConnect"/>), so a name that points
/// somewhere else later (DNS rebinding) gains nothing.
/// </summary>
public sealed class WebhookTargetPolicy
{
    /// <summary>Suffixes of names that are internal everywhere (RFC 6761, 6762, 8375, and the ICANN-reserved .internal).</summary>
    public static readonly IReadOnlyList<string> BuiltInInternalSuffixes = [".localhost", ".internal", ".local", ".lan", ".home.arpa"];

    private readonly IReadOnlyList<AllowedTarget> _allowed;
    private readonly IReadOnlyList<string> _internalSuffixes;

    public WebhookTargetPolicy(IEnumerable<AllowedTarget> allowed, IEnumerable<string> internalSuffixes)
    {
        _allowed = [.. allowed];
        _internalSuffixes = [.. BuiltInInternalSuffixes.Concat(internalSuffixes.Select(NormaliseSuffix)).Distinct()];
    }

    /// <summary>No private target allowed, the built-in internal suffixes only.</summary>
    public static WebhookTargetPolicy Strict { get; } = new([], []);

    /// <summary>From configuration, which options validation has already checked (<see cref="IsSuffix"/>, <see cref="AllowedTarget.TryParse"/>).</summary>
    public static WebhookTargetPolicy From(IEnumerable<string> allowedPrivateTargets, IEnumerable<string> internalNameSuffixes) =>
        new(allowedPrivateTargets.Select(entry => AllowedTarget.TryParse(entry, out var target)
                ? target
                : throw new ArgumentException("An allowed private target is neither a host, an address nor a CIDR range.", nameof(allowedPrivateTargets))),
            internalNameSuffixes);

    /// <summary>A URL's host and port as the recipient wrote them (when preferences are saved).</summary>
    public TargetCheck Check(Uri url)
    {
        var host = TargetHost.Of(url);
        var port = url.Port;
        if (TargetHost.TryParseAddress(host, out var address))
        {
            var kind = NetworkAddresses.Classify(address);
            return kind == AddressKind.Public || _allowed.Any(a => a.Covers(address, port))
                ? TargetCheck.Allow
                : TargetCheck.Refuse(NetworkAddresses.Describe(kind));
        }
        if (_allowed.Any(a => a.Covers(host, port)))
        {
            return TargetCheck.Allow;
        }
        if (TargetHost.EndsInNumber(host))
        {
            return TargetCheck.Refuse("a numeric name");
        }
        return IsInternalName(host) ? TargetCheck.Refuse("an internal name") : TargetCheck.Allow;
    }

    /// <summary>Whether a webhook for <paramref name="host"/> may connect to <paramref name="address"/>, one of the addresses the host resolved to.</summary>
    public bool MayConnect(string host, int port, IPAddress address) =>
        NetworkAddresses.IsPublic(address)
        || _allowed.Any(a => a.Covers(address, port))
        || _allowed.Any(a => a.Covers(host, port));

    /// <summary>A suffix as configuration may give it: a dot, then labels of a host name (".clinic.example").</summary>
    public static bool IsSuffix(string suffix)
    {
        var plain = suffix.Trim();
        return plain.Length > 1 && plain[0] == '.' && TargetHost.IsAsciiName(plain[1..]);
    }

    private bool IsInternalName(string host) =>
        host == "localhost"
        // A single label is completed by the resolver's search domains: a host inside the network.
        || !host.Contains('.', StringComparison.Ordinal)
        || _internalSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) || host == suffix[1..]);

    private static string NormaliseSuffix(string suffix) => suffix.Trim().TrimEnd('.').ToLowerInvariant();
}
