using System.Net;
using System.Net.Sockets;

namespace Telehealth.Notification.Policies;

/// <summary>
/// Which IP addresses are on the public internet, after IANA's special-purpose address registries
/// (IPv4 and IPv6). Everything those registries mark as not globally reachable is not public: a
/// webhook sent there would reach into the network the service runs in, not a recipient's gateway.
/// </summary>
public static class NetworkAddresses
{
    // First match wins, so a narrower range comes before the range holding it.
    private static readonly (IPNetwork Range, AddressKind Kind)[] IPv4Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/32"), AddressKind.Unspecified),
        (IPNetwork.Parse("0.0.0.0/8"), AddressKind.Reserved), // "this network"
        (IPNetwork.Parse("10.0.0.0/8"), AddressKind.Private),
        (IPNetwork.Parse("100.64.0.0/10"), AddressKind.CarrierGradeNat),
        (IPNetwork.Parse("127.0.0.0/8"), AddressKind.Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), AddressKind.LinkLocal), // cloud metadata services live here
        (IPNetwork.Parse("172.16.0.0/12"), AddressKind.Private),
        (IPNetwork.Parse("192.0.0.0/24"), AddressKind.Reserved), // IETF protocol assignments
        (IPNetwork.Parse("192.0.2.0/24"), AddressKind.Documentation),
        (IPNetwork.Parse("192.88.99.0/24"), AddressKind.Reserved), // 6to4 relay anycast, withdrawn
        (IPNetwork.Parse("192.168.0.0/16"), AddressKind.Private),
        (IPNetwork.Parse("198.18.0.0/15"), AddressKind.Benchmarking),
        (IPNetwork.Parse("198.51.100.0/24"), AddressKind.Documentation),
        (IPNetwork.Parse("203.0.113.0/24"), AddressKind.Documentation),
        (IPNetwork.Parse("224.0.0.0/4"), AddressKind.Multicast),
        (IPNetwork.Parse("255.255.255.255/32"), AddressKind.Broadcast),
        (IPNetwork.Parse("240.0.0.0/4"), AddressKind.Reserved),
    ];

    private static readonly (IPNetwork Range, AddressKind Kind)[] IPv6Ranges =
    [
        (IPNetwork.Parse("::/128"), AddressKind.Unspecified),
        (IPNetwork.Parse("::1/128"), AddressKind.Loopback),
        (IPNetwork.Parse("64:ff9b:1::/48"), AddressKind.Private), // local-use IPv4/IPv6 translation
        (IPNetwork.Parse("100::/64"), AddressKind.Reserved), // discard-only
        (IPNetwork.Parse("2001:db8::/32"), AddressKind.Documentation),
        (IPNetwork.Parse("2001:2::/48"), AddressKind.Benchmarking),
        (IPNetwork.Parse("2001::/23"), AddressKind.Reserved), // IETF protocol assignments, Teredo among them
        (IPNetwork.Parse("3fff::/20"), AddressKind.Documentation),
        (IPNetwork.Parse("5f00::/16"), AddressKind.Reserved), // segment routing
        (IPNetwork.Parse("fc00::/7"), AddressKind.Private), // unique local
        (IPNetwork.Parse("fe80::/10"), AddressKind.LinkLocal),
        (IPNetwork.Parse("fec0::/10"), AddressKind.Private), // site-local, deprecated but still routed inside sites
        (IPNetwork.Parse("ff00::/8"), AddressKind.Multicast),
    ];

    // IPv6 forms that carry an IPv4 address: where they lead is where that address leads.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    // Only this block holds global unicast addresses; everything else in IPv6 is special or unassigned.
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    public static bool IsPublic(IPAddress address) => Classify(address) == AddressKind.Public;

    public static AddressKind Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return KindIn(IPv4Ranges, address) ?? AddressKind.Public;
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return AddressKind.Reserved;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return Classify(new IPAddress(bytes.AsSpan(12, 4)));
        }
        if (SixToFour.Contains(address))
        {
            return Classify(new IPAddress(bytes.AsSpan(2, 4)));
        }
        return KindIn(IPv6Ranges, address) ?? (GlobalUnicast.Contains(address) ? AddressKind.Public : AddressKind.Reserved);
    }

    /// <summary>The words an error uses for an address of this kind ("a loopback address").</summary>
    public static string Describe(AddressKind kind) => kind switch
    {
        AddressKind.Public => "a public address",
        AddressKind.Unspecified => "the unspecified address",
        AddressKind.Loopback => "a loopback address",
        AddressKind.Private => "a private address",
        AddressKind.LinkLocal => "a link-local address",
        AddressKind.CarrierGradeNat => "a carrier-grade NAT address",
        AddressKind.Multicast => "a multicast address",
        AddressKind.Broadcast => "the broadcast address",
        AddressKind.Documentation => "a documentation address",
        AddressKind.Benchmarking => "a benchmarking address",
        _ => "a reserved address",
    };

    private static AddressKind? KindIn((IPNetwork Range, AddressKind Kind)[] ranges, IPAddress address)
    {
        foreach (var (range, kind) in ranges)
        {
            if (range.Contains(address))
            {
                return kind;
            }
        }
        return null;
    }
}
