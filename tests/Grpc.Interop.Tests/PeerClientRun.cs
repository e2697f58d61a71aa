using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>
/// Runs a peer's interop client once against this library's server, in plaintext (h2c) or over TLS
/// trusting a throwaway authority, and keeps each case's verdict, so every case shows as its own test.
/// </summary>
public abstract class PeerClientRun(bool overTls) : IAsyncLifetime
{
    private Dictionary<string, PeerVerdict> _results = [];
    private string _diagnostics = "";

    public async Task InitializeAsync()
    {
        var cases = string.Join(",", InteropCases.All);
        if (!overTls)
        {
            await using var server = await TestServer.StartAsync();
            await RunAsync(["--address", $"127.0.0.1:{server.Address.Port}", "--cases", cases]);
            return;
        }
        using var authority = TestCertificateAuthority.Create("Interop Test CA");
        using var files = new TemporaryDirectory();
        await using var tlsServer = await TlsTestServer.StartAsync(authority.IssueServerCertificate("127.0.0.1", "localhost"));
        await RunAsync(["--address", $"127.0.0.1:{tlsServer.Address.Port}", "--cases", cases, "--ca", files.Write("ca.pem", authority.CertificatePem)]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void AssertPassed(string name)
    {
        Assert.True(_results.TryGetValue(name, out var result), $"The peer reported nothing for {name}. Its stderr:\n{_diagnostics}");
        Assert.True(result.Ok, $"{name}: {result.Error}");
    }

    private protected abstract PeerProcess StartClient(string[] arguments);

    private async Task RunAsync(string[] arguments)
    {
        using var client = StartClient(arguments);
        var (_, output) = await client.RunToEndAsync(TimeSpan.FromMinutes(3));
        _results = PeerVerdict.ParseAll(output);
        _diagnostics = client.Errors;
    }
}
