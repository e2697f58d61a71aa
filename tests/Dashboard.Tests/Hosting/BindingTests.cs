using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Telehealth.AppHost.Dashboard.Tests.Fakes;
using Telehealth.AppHost.Dashboard.Tests.Support;

namespace Telehealth.AppHost.Dashboard.Tests.Hosting;

public sealed class BindingTests
{
    [Fact]
    public async Task By_default_it_listens_on_loopback_only_on_a_free_port()
    {
        await using var dashboard = await TestDashboard.StartAsync();
        var handle = dashboard.Handle;

        Assert.StartsWith("http://127.0.0.1:", handle.Url);
        Assert.True(handle.Port > 0);
        Assert.Equal($"{handle.Url}/login?t={TestDashboard.Token}", handle.LoginUrl);
        Assert.Equal(handle.Url, handle.OtlpEndpoint);
        // The kernel's own table of listening sockets: bound to 127.0.0.1, not to every interface.
        var listeners = ListeningAddresses(handle.Port);
        Assert.Equal(["127.0.0.1"], listeners);
    }

    [Fact]
    public async Task A_given_port_is_used()
    {
        var port = FreePort();

        await using var handle = await DashboardServer.StartAsync(new DashboardOptions { Port = port, LoginToken = "x" }, new FakeResourceCatalog());

        Assert.Equal(port, handle.Port);
        Assert.Equal($"http://127.0.0.1:{port}", handle.Url);
    }

    [Fact]
    public async Task Without_a_token_one_is_made_and_shown_in_the_login_link()
    {
        await using var handle = await DashboardServer.StartAsync(new DashboardOptions(), new FakeResourceCatalog());

        Assert.True(handle.LoginToken.Length >= 20);
        Assert.EndsWith($"?t={handle.LoginToken}", handle.LoginUrl);
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;

        await Assert.ThrowsAnyAsync<IOException>(() =>
            DashboardServer.StartAsync(new DashboardOptions { Port = port }, new FakeResourceCatalog()));
    }

    [Fact]
    public async Task Disposing_stops_the_server()
    {
        var dashboard = await TestDashboard.StartAsync();
        var client = dashboard.Anonymous();
        var port = dashboard.Handle.Port;

        await dashboard.DisposeAsync();

        Assert.Empty(ListeningAddresses(port));
        using var fresh = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.GetAsync($"http://127.0.0.1:{port}/login"));
        await dashboard.Handle.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>IPv4 addresses with a socket listening on <paramref name="port"/>, from /proc/net/tcp.</summary>
    private static List<string> ListeningAddresses(int port)
    {
        const string Listen = "0A";
        var addresses = new List<string>();
        foreach (var line in File.ReadLines("/proc/net/tcp").Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var local = fields[1].Split(':');
            if (fields[3] != Listen || int.Parse(local[1], NumberStyles.HexNumber) != port)
            {
                continue;
            }
            // The address is little-endian hex: 0100007F is 127.0.0.1.
            var bytes = BitConverter.GetBytes(uint.Parse(local[0], NumberStyles.HexNumber));
            addresses.Add(new IPAddress(bytes).ToString());
        }
        return addresses;
    }
}
