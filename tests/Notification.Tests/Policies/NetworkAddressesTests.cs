using System.Net;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Tests.Policies;

public sealed class NetworkAddressesTests
{
    // address → where it leads
    public static TheoryData<string, AddressKind> Addresses => new()
    {
        { "8.8.8.8", AddressKind.Public },
        { "93.184.215.14", AddressKind.Public },
        { "1.1.1.1", AddressKind.Public },
        { "0.0.0.0", AddressKind.Unspecified },
        { "0.1.2.3", AddressKind.Reserved },
        { "127.0.0.1", AddressKind.Loopback },
        { "127.255.255.254", AddressKind.Loopback },
        { "10.0.0.1", AddressKind.Private },
        { "10.1.2.3", AddressKind.Private },
        { "172.16.5.4", AddressKind.Private },
        { "172.31.255.255", AddressKind.Private },
        { "172.15.255.255", AddressKind.Public },
        { "172.32.0.0", AddressKind.Public },
        { "192.168.0.10", AddressKind.Private },
        { "169.254.169.254", AddressKind.LinkLocal },
        { "100.64.0.1", AddressKind.CarrierGradeNat },
        { "100.127.255.255", AddressKind.CarrierGradeNat },
        { "100.128.0.0", AddressKind.Public },
        { "192.0.0.8", AddressKind.Reserved },
        { "192.0.2.1", AddressKind.Documentation },
        { "198.51.100.7", AddressKind.Documentation },
        { "203.0.113.9", AddressKind.Documentation },
        { "198.18.0.1", AddressKind.Benchmarking },
        { "198.19.255.255", AddressKind.Benchmarking },
        { "192.88.99.1", AddressKind.Reserved },
        { "224.0.0.1", AddressKind.Multicast },
        { "239.255.255.250", AddressKind.Multicast },
        { "240.0.0.1", AddressKind.Reserved },
        { "255.255.255.255", AddressKind.Broadcast },
        { "2606:4700:4700::1111", AddressKind.Public },
        { "2a00:1450:4009:81f::200e", AddressKind.Public },
        { "::", AddressKind.Unspecified },
        { "::1", AddressKind.Loopback },
        { "::ffff:127.0.0.1", AddressKind.Loopback },
        { "::ffff:10.1.2.3", AddressKind.Private },
        { "::ffff:169.254.169.254", AddressKind.LinkLocal },
        { "::ffff:8.8.8.8", AddressKind.Public },
        { "::127.0.0.1", AddressKind.Reserved },
        { "64:ff9b::7f00:1", AddressKind.Loopback },
        { "64:ff9b::808:808", AddressKind.Public },
        { "64:ff9b:1::1", AddressKind.Private },
        { "2002:7f00:1::1", AddressKind.Loopback },
        { "2002:c0a8:1::1", AddressKind.Private },
        { "2002:808:808::1", AddressKind.Public },
        { "2001::1", AddressKind.Reserved },
        { "2001:db8::1", AddressKind.Documentation },
        { "3fff::1", AddressKind.Documentation },
        { "2001:2::1", AddressKind.Benchmarking },
        { "100::1", AddressKind.Reserved },
        { "fc00::1", AddressKind.Private },
        { "fd12:3456:789a::1", AddressKind.Private },
        { "fe80::1", AddressKind.LinkLocal },
        { "fe80::1%2", AddressKind.LinkLocal },
        { "fec0::1", AddressKind.Private },
        { "ff02::1", AddressKind.Multicast },
        { "4000::1", AddressKind.Reserved },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Each_address_is_classified_by_the_special_purpose_registries(string address, AddressKind kind)
    {
        Assert.Equal(kind, NetworkAddresses.Classify(IPAddress.Parse(address)));
        Assert.Equal(kind == AddressKind.Public, NetworkAddresses.IsPublic(IPAddress.Parse(address)));
    }

    [Fact]
    public void Every_kind_has_words_for_an_error()
    {
        Assert.All(Enum.GetValues<AddressKind>(), kind => Assert.Matches("^(a|an|the) [A-Za-z -]+ address$", NetworkAddresses.Describe(kind)));
        Assert.Equal("a carrier-grade NAT address", NetworkAddresses.Describe(AddressKind.CarrierGradeNat));
    }
}
