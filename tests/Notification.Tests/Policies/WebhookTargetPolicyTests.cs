using System.Net;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Tests.Policies;

public sealed class WebhookTargetPolicyTests
{
    // URL → what it is refused as, or "" when it is allowed; under the built-in rules, nothing allow-listed
    public static TheoryData<string, string> StrictTargets => new()
    {
        { "https://push.example.org/hook", "" },
        { "https://hooks.example.org/telehealth", "" },
        { "https://8.8.8.8/hook", "" },
        { "https://[2606:4700:4700::1111]/hook", "" },
        { "https://[::ffff:8.8.8.8]/hook", "" },
        { "https://sms.gateway.example:8443/hook", "" },
        { "https://127.0.0.1:8443/hook", "a loopback address" },
        { "https://localhost/hook", "an internal name" },
        { "https://LOCALHOST./hook", "an internal name" },
        { "https://10.1.2.3/hook", "a private address" },
        { "https://192.168.0.10/hook", "a private address" },
        { "https://172.16.5.4/hook", "a private address" },
        { "https://169.254.169.254/latest/meta-data", "a link-local address" },
        { "https://[::1]/hook", "a loopback address" },
        { "https://0.0.0.0/hook", "the unspecified address" },
        { "https://[::]/hook", "the unspecified address" },
        { "https://100.64.1.1/hook", "a carrier-grade NAT address" },
        { "https://224.0.0.251/hook", "a multicast address" },
        { "https://[ff02::1]/hook", "a multicast address" },
        { "https://255.255.255.255/hook", "the broadcast address" },
        { "https://192.0.2.10/hook", "a documentation address" },
        { "https://[2001:db8::10]/hook", "a documentation address" },
        { "https://198.18.0.1/hook", "a benchmarking address" },
        { "https://240.1.2.3/hook", "a reserved address" },
        { "https://[fd00::1]/hook", "a private address" },
        { "https://[fe80::1%25eth0]/hook", "a link-local address" },
        { "https://[::ffff:127.0.0.1]/hook", "a loopback address" },
        { "https://[::ffff:7f00:1]/hook", "a loopback address" },
        { "https://[::ffff:192.168.0.10]/hook", "a private address" },
        { "https://[64:ff9b::a9fe:a9fe]/hook", "a link-local address" },
        // Spellings System.Uri turns into 127.0.0.1 (decimal, hex, octal, shortened) or dials as it.
        { "https://2130706433/", "a loopback address" },
        { "https://0x7f.0.0.1/", "a loopback address" },
        { "https://0x7f000001/", "a loopback address" },
        { "https://0177.0.0.1/", "a loopback address" },
        { "https://017700000001/", "a loopback address" },
        { "https://127.1/", "a loopback address" },
        { "https://0/", "the unspecified address" },
        { "https://127。0。0。1/", "a loopback address" },
        { "https://0xa9fea9fe/", "a link-local address" },
        // Names that only mean something inside a network.
        { "https://api.localhost/hook", "an internal name" },
        { "https://metadata.google.internal/computeMetadata", "an internal name" },
        { "https://printer.local/hook", "an internal name" },
        { "https://router.lan/hook", "an internal name" },
        { "https://nas.home.arpa/hook", "an internal name" },
        { "https://intranet/hook", "an internal name" },
        { "https://gateway.corp/hook", "" },
        // A last label that is a number is no host name: an address spelt so the URL parser left it alone.
        { "https://1.2.3.4.5/hook", "a numeric name" },
    };

    [Theory]
    [MemberData(nameof(StrictTargets))]
    public void Only_public_hosts_are_allowed(string url, string refusal)
    {
        var check = WebhookTargetPolicy.Strict.Check(new Uri(url));

        Assert.Equal((refusal.Length == 0, refusal.Length == 0 ? null : refusal), (check.Allowed, check.Refusal));
    }

    [Fact]
    public void Digits_from_other_scripts_never_pass()
    {
        // Dialled as 127.0.0.1 where IDNA maps them to ASCII digits, as a name ending in a number where it does not.
        Assert.False(WebhookTargetPolicy.Strict.Check(new Uri("https://①②⑦.0.0.1/hook")).Allowed);
    }

    [Fact]
    public void Configured_suffixes_are_internal_too()
    {
        var policy = new WebhookTargetPolicy([], [".corp", ".Clinic.Example."]);

        Assert.Equal("an internal name", policy.Check(new Uri("https://gateway.corp/hook")).Refusal);
        Assert.Equal("an internal name", policy.Check(new Uri("https://sms.clinic.example/hook")).Refusal);
        Assert.True(policy.Check(new Uri("https://clinic.example.org/hook")).Allowed);
        Assert.Equal("an internal name", policy.Check(new Uri("https://printer.local/hook")).Refusal);
    }

    // allow-list entry, URL → allowed
    public static TheoryData<string, string, bool> AllowListed => new()
    {
        { "10.20.0.5", "https://10.20.0.5/hook", true },
        { "10.20.0.5", "https://10.20.0.5:8443/hook", true },
        { "10.20.0.5", "https://10.20.0.6/hook", false },
        { "10.20.0.5:8443", "https://10.20.0.5:8443/hook", true },
        { "10.20.0.5:8443", "https://10.20.0.5/hook", false },
        { "10.20.0.0/24", "https://10.20.0.77/hook", true },
        { "10.20.0.0/24", "https://10.20.1.1/hook", false },
        { "10.20.0.0/24", "https://[::ffff:10.20.0.77]/hook", true },
        { "127.0.0.1:5555", "http://127.0.0.1:5555/hooks/a", true },
        { "127.0.0.1:5555", "https://127.0.0.1:8443/hook", false },
        { "127.0.0.1:5555", "https://localhost:5555/hook", false },
        { "[fd00::5]:8443", "https://[fd00::5]:8443/hook", true },
        { "fd00::/64", "https://[fd00::9]/hook", true },
        { "sms-gateway.clinic.lan", "https://sms-gateway.clinic.lan/hook", true },
        { "SMS-Gateway.Clinic.LAN.", "https://sms-gateway.clinic.lan./hook", true },
        { "sms-gateway.clinic.lan", "https://other.clinic.lan/hook", false },
        { "sms-gateway.clinic.lan:8443", "https://sms-gateway.clinic.lan/hook", false },
        { "gateway", "https://gateway:8443/hook", true },
    };

    [Theory]
    [MemberData(nameof(AllowListed))]
    public void A_clinic_allows_its_own_gateway_and_nothing_beside_it(string entry, string url, bool allowed)
    {
        Assert.True(AllowedTarget.TryParse(entry, out var target));

        Assert.Equal(allowed, new WebhookTargetPolicy([target], []).Check(new Uri(url)).Allowed);
    }

    // entry → whether it is a host, an address or a range, with an optional port
    [Theory]
    [InlineData("10.20.0.5", true)]
    [InlineData("10.20.0.5:8443", true)]
    [InlineData("10.20.0.0/24", true)]
    [InlineData("fd00::5", true)]
    [InlineData("[fd00::5]", true)]
    [InlineData("[fd00::5]:8443", true)]
    [InlineData("fd00::/8", true)]
    [InlineData("gateway.clinic.lan", true)]
    [InlineData("gateway.clinic.lan:443", true)]
    [InlineData("", false)]
    [InlineData("10.20.0.0/33", false)]
    [InlineData("10.20.0.5/24", false)]
    [InlineData("10.20.0.5:0", false)]
    [InlineData("10.20.0.5:70000", false)]
    [InlineData("gateway.clinic.lan:https", false)]
    [InlineData("https://gateway.clinic.lan", false)]
    [InlineData("[fd00::5", false)]
    [InlineData("10", false)]
    [InlineData("0x7f.1", false)]
    [InlineData("gate way.lan", false)]
    [InlineData("*.clinic.lan", false)]
    public void Allow_list_entries_are_hosts_addresses_or_ranges(string entry, bool valid)
    {
        Assert.Equal(valid, AllowedTarget.TryParse(entry, out _));
    }

    // host and port as dialled, an address the host resolved to → may connect
    public static TheoryData<string, int, string, bool> Connections => new()
    {
        { "push.example.org", 443, "93.184.215.14", true },
        { "push.example.org", 443, "127.0.0.1", false },
        { "rebind.test", 443, "127.0.0.1", false },
        { "rebind.test", 443, "::1", false },
        { "rebind.test", 443, "::ffff:127.0.0.1", false },
        { "rebind.test", 443, "169.254.169.254", false },
        { "rebind.test", 443, "10.20.0.5", true },
        { "rebind.test", 8443, "10.20.0.5", false },
        { "10.20.0.5", 443, "10.20.0.5", true },
        { "gateway.clinic.lan", 443, "192.168.7.7", true },
        { "gateway.clinic.lan", 8443, "127.0.0.1", true },
        { "other.clinic.lan", 443, "192.168.7.7", false },
    };

    [Theory]
    [MemberData(nameof(Connections))]
    public void At_connect_time_every_address_is_checked_again(string host, int port, string address, bool allowed)
    {
        var policy = WebhookTargetPolicy.From(["10.20.0.5:443", "gateway.clinic.lan"], []);

        Assert.Equal(allowed, policy.MayConnect(host, port, IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData(".corp", true)]
    [InlineData(".clinic.example", true)]
    [InlineData("corp", false)]
    [InlineData(".", false)]
    [InlineData(".bad suffix", false)]
    public void Internal_suffixes_are_a_dot_and_a_domain(string suffix, bool valid)
    {
        Assert.Equal(valid, WebhookTargetPolicy.IsSuffix(suffix));
    }
}
